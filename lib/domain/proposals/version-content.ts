import "server-only";

import type { VersionContent } from "./receipt-digest";

/** The columns of ProposalVersion that make its content (as `versionContent` reads them). */
export const VERSION_CONTENT_SELECT = {
  summary: true,
  approach: true,
  priceCny: true,
  lineItems: true,
  deliveryMonths: true,
  team: true,
  caseStudies: true,
  criterionResponses: true,
  qualificationAnswers: true,
} as const;

export const EMPTY_VERSION_CONTENT: VersionContent = {
  summary: "",
  approach: "",
  priceCny: 0,
  lineItems: [],
  deliveryMonths: null,
  team: [],
  caseStudies: [],
  criterionResponses: [],
  qualificationAnswers: [],
};

type ContentRow = { [K in keyof typeof VERSION_CONTENT_SELECT]: unknown };

/** A stored version's content, exactly its content columns (their JSON was written from VersionContent). */
export function versionContent(row: ContentRow): VersionContent {
  const content = Object.fromEntries(
    Object.keys(VERSION_CONTENT_SELECT).map((key) => [key, row[key as keyof ContentRow]]),
  );
  return content as unknown as VersionContent;
}

export type ProposalField = keyof VersionContent | "attachments";

/** Which fields differ between two submissions, in the order the editor shows them. */
export function changedFields(
  before: VersionContent & { attachments: string[] },
  after: VersionContent & { attachments: string[] },
): ProposalField[] {
  const fields: ProposalField[] = [
    "summary",
    "approach",
    "criterionResponses",
    "priceCny",
    "lineItems",
    "deliveryMonths",
    "team",
    "caseStudies",
    "qualificationAnswers",
    "attachments",
  ];
  return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
