import "server-only";

import { createHash } from "node:crypto";

/** What a version's digest covers: who bid for what, the version's content, its files' digests. */
export interface DigestSubject {
  requirementId: string;
  vendorOrgId: string;
  version: number;
  content: VersionContent;
  attachments: { name: string; sha256: string; sizeBytes: number }[];
}

/** A submitted version's content, as stored in ProposalVersion's columns. */
export interface VersionContent {
  summary: string;
  approach: string;
  priceCny: number;
  lineItems: { name: string; quantity: number; unitPriceCny: number }[];
  deliveryMonths: number | null;
  team: { role: string; count: number }[];
  caseStudies: { id: string; title: string; year: number }[];
  criterionResponses: { criterionId: string; name: string; response: string }[];
  qualificationAnswers: { qualification: string; met: boolean | null; note: string }[];
}

/** JSON with every object's keys sorted, so that equal content always gives equal bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The receipt's SHA-256 (hex). Anyone holding the version's content and its files can compute
 * it again: SHA-256 over the canonical JSON of this subject (documented in docs/decisions.md).
 */
export function proposalDigest(subject: DigestSubject): string {
  return createHash("sha256").update(canonicalJson(subject), "utf8").digest("hex");
}
