import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMember } from "@/lib/auth/guards";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation/parse-input";
import { effectiveStatus } from "../effective-status";

export const listOrganizationRequirementsSchema = z.object({ orgId: z.string().min(1) });

/** The dashboard's order: what needs the enterprise's attention first, finished business last. */
export const DASHBOARD_STATUS_ORDER: RequirementStatus[] = [
  "DRAFT",
  "PENDING_REVIEW",
  "PUBLISHED",
  "EVALUATING",
  "AWARDED",
  "CONTRACTED",
  "COMPLETED",
  "UNSUCCESSFUL",
  "REJECTED",
  "REMOVED",
  "CANCELLED",
];

/** Proposals the enterprise may count (never read) before the deadline: submitted, not drafts. */
const COUNTED_PROPOSALS = [
  "SUBMITTED",
  "SHORTLISTED",
  "NOT_SELECTED",
  "AWARDED",
  "NOT_AWARDED",
] as const;

/**
 * The organization's requirements for its members' dashboard, grouped by the status a reader
 * sees (a published requirement past its deadline is under evaluation), with counts per status.
 */
export async function listOrganizationRequirements(
  actor: Actor,
  input: z.input<typeof listOrganizationRequirementsSchema>,
) {
  requireMember(actor, input.orgId);
  const { orgId } = parseInput(listOrganizationRequirementsSchema, input);
  const rows = await db.requirement.findMany({
    where: { orgId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      statusReason: true,
      visibility: true,
      deadline: true,
      updatedAt: true,
      publishedAt: true,
      version: true,
      createdBy: { select: { name: true } },
      _count: {
        select: {
          proposals: { where: { status: { in: [...COUNTED_PROPOSALS] } } },
          questions: { where: { answer: null } },
        },
      },
    },
  });
  const items = rows.map(({ _count, ...row }) => ({
    ...row,
    status: effectiveStatus(row),
    proposalCount: _count.proposals,
    unansweredQuestionCount: _count.questions,
  }));
  const groups = DASHBOARD_STATUS_ORDER.map((status) => ({
    status,
    requirements: items.filter((item) => item.status === status),
  }));
  const counts = Object.fromEntries(
    groups.map((group) => [group.status, group.requirements.length]),
  ) as Record<RequirementStatus, number>;
  return { total: items.length, counts, groups: groups.filter((g) => g.requirements.length > 0) };
}

export type OrganizationRequirements = Awaited<ReturnType<typeof listOrganizationRequirements>>;
export type OrganizationRequirementItem =
  OrganizationRequirements["groups"][number]["requirements"][number];
