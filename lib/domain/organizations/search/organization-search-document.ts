import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchDocument } from "@/lib/search/search-document";
import { tagSearchLabels } from "@/lib/search/tag-search-labels";

/** What an organization is found by: its profile and its case studies. */
export const organizationSearchFieldsSelect = {
  name: true,
  nameEn: true,
  description: true,
  industries: true,
  capabilities: true,
  caseStudies: {
    select: { title: true, summary: true, clientName: true, industry: true, capabilities: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.OrganizationSelect;

type OrganizationSearchFields = Prisma.OrganizationGetPayload<{
  select: typeof organizationSearchFieldsSelect;
}>;

/** Names first, then the description, the case studies, and the labels of every tag. */
export function organizationSearchDocument(fields: OrganizationSearchFields): SearchDocument {
  const cases = fields.caseStudies;
  const slugs = new Set([
    ...fields.capabilities,
    ...fields.industries,
    ...cases.flatMap((c) => [c.industry, ...c.capabilities]),
  ]);
  return {
    A: [fields.name, fields.nameEn],
    B: [fields.description],
    C: cases.flatMap((c) => [c.title, c.summary, c.clientName]),
    D: [...slugs].flatMap(tagSearchLabels),
  };
}
