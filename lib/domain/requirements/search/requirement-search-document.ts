import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchDocument } from "@/lib/search/search-document";
import { tagSearchLabels } from "@/lib/search/tag-search-labels";

/** The columns a requirement is found by; a write that changes one must refresh the index. */
export const requirementSearchFieldsSelect = {
  title: true,
  summary: true,
  description: true,
  background: true,
  objectives: true,
  deliverables: true,
  dataAvailable: true,
  qualifications: true,
  industry: true,
  capabilities: true,
} satisfies Prisma.RequirementSelect;

type RequirementSearchFields = Prisma.RequirementGetPayload<{
  select: typeof requirementSearchFieldsSelect;
}>;

/** Title first, then the summary, the body texts, and the labels of its tags. */
export function requirementSearchDocument(fields: RequirementSearchFields): SearchDocument {
  return {
    A: [fields.title],
    B: [fields.summary],
    C: [
      fields.description,
      fields.background,
      fields.objectives,
      fields.deliverables,
      fields.dataAvailable,
      fields.qualifications,
    ],
    D: [fields.industry, ...fields.capabilities].flatMap(tagSearchLabels),
  };
}
