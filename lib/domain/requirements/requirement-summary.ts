import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields anyone who may see a requirement sees: enough for a card and the public detail. */
export const requirementSummarySelect = {
  id: true,
  projectNumber: true,
  title: true,
  summary: true,
  industry: true,
  capabilities: true,
  budgetMinCny: true,
  budgetMaxCny: true,
  region: true,
  deadline: true,
  status: true,
  visibility: true,
  publishedAt: true,
  organization: {
    select: { id: true, name: true, nameEn: true, verificationStatus: true },
  },
} satisfies Prisma.RequirementSelect;

export type RequirementSummary = Prisma.RequirementGetPayload<{
  select: typeof requirementSummarySelect;
}>;
