import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CriterionData } from "./criteria.schema";
import type { RequirementFieldsData } from "./requirement-fields.schema";

/** The requirement's columns that the editor writes (everything but the criteria). */
export function requirementColumns(data: RequirementFieldsData) {
  return {
    title: data.title,
    summary: data.summary,
    description: data.description ?? "",
    background: data.background ?? null,
    objectives: data.objectives ?? null,
    deliverables: data.deliverables ?? null,
    dataAvailable: data.dataAvailable ?? null,
    deploymentMode: data.deploymentMode ?? null,
    domesticStackRequired: data.domesticStackRequired,
    industry: data.industry,
    capabilities: data.capabilities,
    budgetMinCny: data.budgetMinCny ?? null,
    budgetMaxCny: data.budgetMaxCny ?? null,
    region: data.region ?? null,
    deadline: data.deadline ?? null,
    questionDeadline: data.questionDeadline ?? null,
    expectedStartAt: data.expectedStartAt ?? null,
    durationMonths: data.durationMonths ?? null,
    visibility: data.visibility,
    qualifications: data.qualifications ?? null,
    requiresVerifiedVendor: data.requiresVerifiedVendor,
    requiredCertifications: data.requiredCertifications ?? [],
    contactName: data.contactName ?? null,
    contactPhone: data.contactPhone ?? null,
    contactEmail: data.contactEmail ?? null,
  } satisfies Prisma.RequirementUncheckedUpdateInput;
}

export type RequirementColumns = ReturnType<typeof requirementColumns>;
export type EditableColumn = keyof RequirementColumns;

/** A select of every editable column (the type keeps it in step with `requirementColumns`). */
export const editableColumnsSelect = {
  title: true,
  summary: true,
  description: true,
  background: true,
  objectives: true,
  deliverables: true,
  dataAvailable: true,
  deploymentMode: true,
  domesticStackRequired: true,
  industry: true,
  capabilities: true,
  budgetMinCny: true,
  budgetMaxCny: true,
  region: true,
  deadline: true,
  questionDeadline: true,
  expectedStartAt: true,
  durationMonths: true,
  visibility: true,
  qualifications: true,
  requiresVerifiedVendor: true,
  requiredCertifications: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
} as const satisfies Record<EditableColumn, true>;

export type CriterionValues = { name: string; description: string | null; weight: number };

/** The criteria as the database keeps them (and as edits are compared). */
export function criterionValues(criteria: CriterionData[]): CriterionValues[] {
  return criteria.map(({ name, description, weight }) => ({
    name,
    description: description ?? null,
    weight,
  }));
}

/** Criteria rows in list order: the position is the index. */
export function criterionRows(requirementId: string, criteria: CriterionValues[]) {
  return criteria.map((criterion, position) => ({ requirementId, position, ...criterion }));
}

export const criteriaSelect = {
  orderBy: { position: "asc" },
  select: { name: true, description: true, weight: true },
} satisfies Prisma.Requirement$criteriaArgs;
