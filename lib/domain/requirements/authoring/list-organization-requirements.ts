import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMember } from "@/lib/auth/guards";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation/parse-input";
import { COUNTED_PROPOSALS } from "@/lib/domain/proposals/counted-proposals";
import { databaseNow, effectiveStatus, type DbNow } from "../open-for-proposals";
import { offsetWindow, pageSlices, type GroupSlice } from "@/lib/paging/offset-page";
import { countByShownStatus, shownAsWhere } from "./shown-status";

export const DASHBOARD_PAGE_SIZE = 20;

export const listOrganizationRequirementsSchema = z.object({
  orgId: z.string().min(1),
  /** Only the requirements that show in this status; all of them when absent. */
  status: z.enum(RequirementStatus).optional(),
  /** From 1; a page past the last shows the last. */
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(DASHBOARD_PAGE_SIZE),
});

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

/** One status group's rows on the page, most recently changed first. */
async function groupRows(orgId: string, slice: GroupSlice<RequirementStatus>, now: DbNow) {
  const rows = await db.requirement.findMany({
    where: { AND: [{ orgId }, shownAsWhere(slice.key, now)] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: slice.skip,
    take: slice.take,
    select: {
      id: true,
      projectNumber: true,
      title: true,
      status: true,
      statusReason: true,
      visibility: true,
      deadline: true,
      updatedAt: true,
      publishedAt: true,
      version: true,
      createdById: true,
      _count: {
        select: {
          proposals: { where: { status: { in: [...COUNTED_PROPOSALS] } } },
          questions: { where: { answer: null } },
        },
      },
    },
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    status: effectiveStatus(row, now),
    proposalCount: _count.proposals,
    unansweredQuestionCount: _count.questions,
  }));
}

/** Each row with its author's name: one query for the page's rows of every group. */
async function withAuthors<Row extends { createdById: string | null }>(groups: Row[][]) {
  const ids = [...new Set(groups.flat().flatMap((row) => row.createdById ?? []))];
  const authors = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const byId = new Map(authors.map((author) => [author.id, { name: author.name }]));
  return groups.map((rows) =>
    rows.map(({ createdById, ...row }) => ({
      ...row,
      createdBy: (createdById && byId.get(createdById)) || null,
    })),
  );
}

/**
 * The organization's requirements for its members' dashboard, grouped by the status a reader
 * sees (a published requirement past its deadline is under evaluation) in the dashboard's
 * order, with counts per status, optionally of one status only, a page at a time (groups run on
 * across pages).
 */
export async function listOrganizationRequirements(
  actor: Actor,
  input: z.input<typeof listOrganizationRequirementsSchema>,
) {
  requireMember(actor, input.orgId);
  const { orgId, status, page, pageSize } = parseInput(listOrganizationRequirementsSchema, input);
  const now = await databaseNow();
  const counts = await countByShownStatus(orgId, now);
  const shown = (status ? [status] : DASHBOARD_STATUS_ORDER).map((key) => ({
    key,
    count: counts[key],
  }));
  const matching = shown.reduce((sum, group) => sum + group.count, 0);
  const { page: current, pageCount, skip, take } = offsetWindow(page, matching, pageSize);
  const slices = pageSlices(shown, skip, take);
  const rows = await withAuthors(
    await Promise.all(slices.map((slice) => groupRows(orgId, slice, now))),
  );
  const groups = slices.map((slice, i) => ({
    status: slice.key,
    count: counts[slice.key],
    requirements: rows[i]!,
  }));
  const total = DASHBOARD_STATUS_ORDER.reduce((sum, key) => sum + counts[key], 0);
  return { total, counts, status: status ?? null, matching, page: current, pageCount, groups };
}

export type OrganizationRequirements = Awaited<ReturnType<typeof listOrganizationRequirements>>;
export type OrganizationRequirementItem =
  OrganizationRequirements["groups"][number]["requirements"][number];
