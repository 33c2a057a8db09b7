import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { effectiveStatus } from "./effective-status";
import { visibleRequirementsWhere } from "./visibility";
import { requirementSummarySelect } from "./requirement-summary";

const detailSelect = {
  ...requirementSummarySelect,
  questionDeadline: true,
  deploymentMode: true,
  domesticStackRequired: true,
  durationMonths: true,
  criteria: {
    select: { name: true, weight: true, description: true },
    orderBy: { position: "asc" },
  },
  organization: {
    select: {
      id: true,
      name: true,
      nameEn: true,
      verificationStatus: true,
      region: true,
      description: true,
    },
  },
} as const;

/** Full text fields, shown only to signed-in users (visitors see the summary fields). */
const fullTextSelect = {
  description: true,
  background: true,
  objectives: true,
  deliverables: true,
  dataAvailable: true,
  qualifications: true,
} as const;

export async function getRequirement(actor: Actor, id: string) {
  const row = await db.requirement.findFirst({
    where: { AND: [{ id }, visibleRequirementsWhere(actor)] },
    select: detailSelect,
  });
  if (!row) throw notFound("Requirement");
  const fullText =
    actor.kind === "visitor"
      ? null
      : await db.requirement.findUniqueOrThrow({ where: { id }, select: fullTextSelect });
  return { ...row, status: effectiveStatus(row), fullText };
}

export type RequirementDetail = Awaited<ReturnType<typeof getRequirement>>;
