import type { Contribution, Scored } from "./contributions";
import { scoreOf, totalOf } from "./contributions";
import type { TextMatch } from "./text-vectors";
import { TEXT_SATURATION } from "./weights";

/** What two requirements are compared by. */
export interface RequirementLikenessFacts {
  industry: string | null;
  capabilities: readonly string[];
}

const LIKENESS_WEIGHTS = { sharedCapabilities: 0.4, sameIndustry: 0.2, text: 0.4 } as const;

const sharedCapabilityPoints = (shared: number, union: number) =>
  union ? (LIKENESS_WEIGHTS.sharedCapabilities * shared) / union : 0;

const sameIndustryPoints = (sameIndustry: boolean) =>
  sameIndustry ? LIKENESS_WEIGHTS.sameIndustry : 0;

const textPoints = (cosine: number) =>
  LIKENESS_WEIGHTS.text * Math.min(1, cosine / TEXT_SATURATION);

const isSameIndustry = (a: RequirementLikenessFacts, b: RequirementLikenessFacts) =>
  a.industry !== null && a.industry === b.industry;

/** How many distinct capabilities the two have together (counted without allocating). */
function unionSize(a: RequirementLikenessFacts, b: RequirementLikenessFacts): number {
  let size = 0;
  a.capabilities.forEach((slug, i) => {
    if (a.capabilities.indexOf(slug) === i) size++;
  });
  b.capabilities.forEach((slug, i) => {
    if (b.capabilities.indexOf(slug) === i && !a.capabilities.includes(slug)) size++;
  });
  return size;
}

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
  const contributions: Contribution[] = [
    {
      signal: "sharedCapabilities",
      points: sharedCapabilityPoints(shared.length, unionSize(a, b)),
      shared,
    },
    {
      signal: "sameIndustry",
      points: sameIndustryPoints(isSameIndustry(a, b)),
      industry: a.industry ?? "",
    },
    { signal: "text", points: textPoints(text.cosine), terms: text.terms },
  ];
  return scoreOf(contributions);
}

/** `requirementLikeness(a, b, { cosine }).score`, without its explanation: for every candidate. */
export function likenessScore(
  a: RequirementLikenessFacts,
  b: RequirementLikenessFacts,
  cosine: number,
): number {
  let shared = 0;
  for (const slug of a.capabilities) if (b.capabilities.includes(slug)) shared++;
  return totalOf([
    sharedCapabilityPoints(shared, unionSize(a, b)),
    sameIndustryPoints(isSameIndustry(a, b)),
    textPoints(cosine),
  ]);
}
