import { areAdjacentIndustries } from "./industry-adjacency";
import type { Contribution, Scored } from "./contributions";
import { scoreOf } from "./contributions";
import type { RequirementFacts, VendorFacts } from "./profiles";
import type { TextMatch } from "./text-vectors";
import {
  CLAIMED_CAPABILITY_CREDIT,
  FOCUSED_CAPABILITY_COUNT,
  INDUSTRY_CREDIT,
  TEXT_SATURATION,
  TRACK_RECORD_SATURATION,
  WEIGHTS,
} from "./weights";

/** How much of one required capability the vendor brings: 1 shown in a case, less if only claimed. */
export function capabilityCredit(vendor: VendorFacts, capability: string): number {
  if (vendor.cases.some((c) => c.capabilities.includes(capability))) return 1;
  if (!vendor.capabilities.includes(capability)) return 0;
  const focus = Math.min(1, FOCUSED_CAPABILITY_COUNT / vendor.capabilities.length);
  return CLAIMED_CAPABILITY_CREDIT * focus;
}

function capabilities(requirement: RequirementFacts, vendor: VendorFacts): Contribution {
  const required = requirement.capabilities;
  const credits = required.map((slug) => ({ slug, credit: capabilityCredit(vendor, slug) }));
  const covered = credits.filter((c) => c.credit > 0).sort((a, b) => b.credit - a.credit);
  const total = credits.reduce((sum, c) => sum + c.credit, 0);
  return {
    signal: "capabilities",
    points: required.length ? (WEIGHTS.capabilities * total) / required.length : 0,
    covered: covered.map((c) => c.slug),
    required: required.length,
    shownInCases: covered.filter((c) => c.credit === 1).length,
  };
}

function industry(requirement: RequirementFacts, vendor: VendorFacts): Contribution {
  const wanted = requirement.industry;
  const sameCases = vendor.cases.filter((c) => c.industry === wanted).length;
  const base = { signal: "industry", industry: wanted } as const;
  if (sameCases > 0) {
    const credit =
      INDUSTRY_CREDIT.firstCase + INDUSTRY_CREDIT.eachFurtherCase * Math.min(sameCases - 1, 2);
    return { ...base, points: WEIGHTS.industry * credit, cases: sameCases, adjacent: false };
  }
  if (vendor.industries.includes(wanted)) {
    return {
      ...base,
      points: WEIGHTS.industry * INDUSTRY_CREDIT.claimed,
      cases: 0,
      adjacent: false,
    };
  }
  const adjacentCase = vendor.cases.find((c) => areAdjacentIndustries(c.industry, wanted));
  if (adjacentCase) {
    const cases = vendor.cases.filter((c) => c.industry === adjacentCase.industry).length;
    const points = WEIGHTS.industry * INDUSTRY_CREDIT.adjacentCase;
    return { ...base, industry: adjacentCase.industry, points, cases, adjacent: true };
  }
  const adjacentClaim = vendor.industries.find((i) => areAdjacentIndustries(i, wanted));
  const points = adjacentClaim ? WEIGHTS.industry * INDUSTRY_CREDIT.adjacentClaimed : 0;
  return { ...base, industry: adjacentClaim ?? wanted, points, cases: 0, adjacent: true };
}

function text(match: TextMatch): Contribution {
  const relevance = Math.min(1, match.cosine / TEXT_SATURATION);
  return { signal: "text", points: WEIGHTS.text * relevance, terms: match.terms };
}

function region(requirement: RequirementFacts, vendor: VendorFacts): Contribution {
  const same = requirement.region !== null && requirement.region === vendor.region;
  return { signal: "region", points: same ? WEIGHTS.region : 0, region: requirement.region ?? "" };
}

function trackRecord(vendor: VendorFacts): Contribution {
  const record = vendor.awards + vendor.completedContracts;
  return {
    signal: "trackRecord",
    points: WEIGHTS.trackRecord * Math.min(1, record / TRACK_RECORD_SATURATION),
    awards: vendor.awards,
    completedContracts: vendor.completedContracts,
  };
}

/**
 * How well a vendor fits a requirement, as the sum of its signals' points (weights.ts), given
 * the text relevance of the two over the corpus being ranked.
 */
export function scoreMatch(
  requirement: RequirementFacts,
  vendor: VendorFacts,
  textMatch: TextMatch,
  extra: Contribution[] = [],
): Scored {
  return scoreOf([
    capabilities(requirement, vendor),
    industry(requirement, vendor),
    text(textMatch),
    region(requirement, vendor),
    { signal: "verified", points: vendor.verified ? WEIGHTS.verified : 0 },
    trackRecord(vendor),
    ...extra,
  ]);
}
