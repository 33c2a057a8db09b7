import type { Contribution, Scored } from "./contributions";
import { scoreOf } from "./contributions";
import type { TextMatch } from "./text-vectors";
import { TEXT_SATURATION } from "./weights";

/** What two requirements are compared by. */
export interface RequirementLikenessFacts {
  industry: string | null;
  capabilities: readonly string[];
}

const LIKENESS_WEIGHTS = { sharedCapabilities: 0.4, sameIndustry: 0.2, text: 0.4 } as const;

/**
 * How alike two requirements are, from 0 to 1: their shared capability tags (Jaccard), the same
 * industry, and their texts' relevance (`text`, compared by the caller over its corpus). Used
 * for "similar requirements" and for lowering those like one a vendor dismissed.
 */
export function requirementLikeness(
  a: RequirementLikenessFacts,
  b: RequirementLikenessFacts,
  text: TextMatch,
): Scored {
  const shared = a.capabilities.filter((slug) => b.capabilities.includes(slug));
  const union = new Set([...a.capabilities, ...b.capabilities]).size;
  const sameIndustry = a.industry !== null && a.industry === b.industry;
  const contributions: Contribution[] = [
    {
      signal: "sharedCapabilities",
      points: union ? (LIKENESS_WEIGHTS.sharedCapabilities * shared.length) / union : 0,
      shared,
    },
    {
      signal: "sameIndustry",
      points: sameIndustry ? LIKENESS_WEIGHTS.sameIndustry : 0,
      industry: a.industry ?? "",
    },
    {
      signal: "text",
      points: LIKENESS_WEIGHTS.text * Math.min(1, text.cosine / TEXT_SATURATION),
      terms: text.terms,
    },
  ];
  return scoreOf(contributions);
}
