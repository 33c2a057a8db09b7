import { areAdjacentIndustries } from "./industry-adjacency";
import type { Contribution, Scored } from "./contributions";
import { scoreOf } from "./contributions";
import type { RequirementFacts, VendorFacts } from "./profiles";
import type { TextMatch } from "./text-vectors";
import {
  CLAIMED_CAPABILITY_CREDIT,
  DOMESTIC_STACK_MISSING_PENALTY,
  FOCUSED_CAPABILITY_COUNT,
  INDUSTRY_CREDIT,
  TEXT_SATURATION,
  TRACK_RECORD_SATURATION,
  WEIGHTS,
} from "./weights";

// Each signal's points are computed by one function below, used both by the fast pass that
// scores every candidate (`matchPoints`) and by the explained score of those shown (`scoreMatch`).

/** How much of one required capability the vendor brings: 1 shown in a case, less if only claimed. */
export function capabilityCredit(vendor: VendorFacts, capability: string): number {
  for (const c of vendor.cases) if (c.capabilities.includes(capability)) return 1;
  if (!vendor.capabilities.includes(capability)) return 0;
  const focus = Math.min(1, FOCUSED_CAPABILITY_COUNT / vendor.capabilities.length);
  return CLAIMED_CAPABILITY_CREDIT * focus;
}

function capabilityPoints(
  requirement: RequirementFacts,
  creditOf: (capability: string) => number,
): number {
  const required = requirement.capabilities;
  if (required.length === 0) return 0;
  let total = 0;
  for (const slug of required) total += creditOf(slug);
  return (WEIGHTS.capabilities * total) / required.length;
}

interface IndustryFit {
  credit: number;
  /** The industry the credit is for: the requirement's, or the adjacent one experience is in. */
  industry: string;
  cases: number;
  adjacent: boolean;
}

function industryFit(wanted: string, vendor: VendorFacts): IndustryFit {
  const casesIn = (industry: string) => vendor.cases.filter((c) => c.industry === industry).length;
  const same = casesIn(wanted);
  if (same > 0) {
    const credit =
      INDUSTRY_CREDIT.firstCase + INDUSTRY_CREDIT.eachFurtherCase * Math.min(same - 1, 2);
    return { credit, industry: wanted, cases: same, adjacent: false };
  }
  if (vendor.industries.includes(wanted)) {
    return { credit: INDUSTRY_CREDIT.claimed, industry: wanted, cases: 0, adjacent: false };
  }
  const adjacentCase = vendor.cases.find((c) => areAdjacentIndustries(c.industry, wanted));
  if (adjacentCase) {
    const industry = adjacentCase.industry;
    return {
      credit: INDUSTRY_CREDIT.adjacentCase,
      industry,
      cases: casesIn(industry),
      adjacent: true,
    };
  }
  const adjacentClaim = vendor.industries.find((i) => areAdjacentIndustries(i, wanted));
  const credit = adjacentClaim ? INDUSTRY_CREDIT.adjacentClaimed : 0;
  return { credit, industry: adjacentClaim ?? wanted, cases: 0, adjacent: true };
}

const textPoints = (cosine: number) => WEIGHTS.text * Math.min(1, cosine / TEXT_SATURATION);

const sameRegion = (requirement: RequirementFacts, vendor: VendorFacts) =>
  requirement.region !== null && requirement.region === vendor.region;

const regionPoints = (requirement: RequirementFacts, vendor: VendorFacts) =>
  sameRegion(requirement, vendor) ? WEIGHTS.region : 0;

const verifiedPoints = (vendor: VendorFacts) => (vendor.verified ? WEIGHTS.verified : 0);

/** Deployment fit, 信创: only a requirement that asks for it tells vendors apart by it. */
function domesticStackPoints(requirement: RequirementFacts, vendor: VendorFacts): number {
  if (!requirement.domesticStackRequired) return 0;
  return vendor.domesticStack ? WEIGHTS.domesticStack : -DOMESTIC_STACK_MISSING_PENALTY;
}

/**
 * An award counts 1 and a completed contract its rating out of 5 (a 5-star delivery counts as
 * much as an award, a 1-star one a fifth), so a poor rating never costs more than its contract.
 */
const trackRecordPoints = (vendor: VendorFacts) =>
  WEIGHTS.trackRecord *
  Math.min(1, (vendor.awards + vendor.ratingTotal / 5) / TRACK_RECORD_SATURATION);

const meanRating = (vendor: VendorFacts) =>
  vendor.completedContracts > 0
    ? Math.round((vendor.ratingTotal / vendor.completedContracts) * 10) / 10
    : null;

/**
 * The score `scoreMatch` gives, unrounded and unexplained: for ranking every candidate fast.
 * `credits` says what the vendor brings to a capability and to an industry (vendorCredits).
 */
function pointsWith(
  requirement: RequirementFacts,
  vendor: VendorFacts,
  cosine: number,
  credits: VendorCredits,
): number {
  return (
    capabilityPoints(requirement, credits.capability) +
    WEIGHTS.industry * credits.industry(requirement.industry) +
    textPoints(cosine) +
    regionPoints(requirement, vendor) +
    verifiedPoints(vendor) +
    domesticStackPoints(requirement, vendor) +
    trackRecordPoints(vendor)
  );
}

interface VendorCredits {
  capability: (capability: string) => number;
  industry: (industry: string) => number;
}

const directCredits = (vendor: VendorFacts): VendorCredits => ({
  capability: (slug) => capabilityCredit(vendor, slug),
  industry: (industry) => industryFit(industry, vendor).credit,
});

function remembered(compute: (key: string) => number): (key: string) => number {
  const known = new Map<string, number>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute(key)));
    return value;
  };
}

export function matchPoints(
  requirement: RequirementFacts,
  vendor: VendorFacts,
  cosine: number,
): number {
  return pointsWith(requirement, vendor, cosine, directCredits(vendor));
}

/**
 * `matchPoints` of one vendor for many requirements, the same figures: what the vendor brings to
 * a capability or an industry depends on the vendor alone, so each is worked out once (the
 * vendor feed scores ~30,000 requirements a request, with a few dozen capabilities and industries).
 */
export function matchPointsOf(vendor: VendorFacts) {
  const direct = directCredits(vendor);
  const credits = {
    capability: remembered(direct.capability),
    industry: remembered(direct.industry),
  };
  return (requirement: RequirementFacts, cosine: number) =>
    pointsWith(requirement, vendor, cosine, credits);
}

function capabilities(requirement: RequirementFacts, vendor: VendorFacts): Contribution {
  const credits = requirement.capabilities.map((slug) => ({
    slug,
    credit: capabilityCredit(vendor, slug),
  }));
  const covered = credits.filter((c) => c.credit > 0).sort((a, b) => b.credit - a.credit);
  return {
    signal: "capabilities",
    points: capabilityPoints(requirement, directCredits(vendor).capability),
    covered: covered.map((c) => c.slug),
    required: requirement.capabilities.length,
    shownInCases: covered.filter((c) => c.credit === 1).length,
  };
}

/**
 * How well a vendor fits a requirement, as the sum of its signals' points (weights.ts), given
 * the text relevance of the two over the corpus being ranked; `extra` adds penalties.
 */
export function scoreMatch(
  requirement: RequirementFacts,
  vendor: VendorFacts,
  text: TextMatch,
  extra: Contribution[] = [],
): Scored {
  const { credit, ...industry } = industryFit(requirement.industry, vendor);
  return scoreOf([
    capabilities(requirement, vendor),
    { signal: "industry", points: WEIGHTS.industry * credit, ...industry },
    { signal: "text", points: textPoints(text.cosine), terms: text.terms },
    {
      signal: "region",
      points: regionPoints(requirement, vendor),
      region: requirement.region ?? "",
    },
    { signal: "verified", points: verifiedPoints(vendor) },
    {
      signal: "domesticStack",
      points: domesticStackPoints(requirement, vendor),
      fits: vendor.domesticStack,
    },
    {
      signal: "trackRecord",
      points: trackRecordPoints(vendor),
      awards: vendor.awards,
      completedContracts: vendor.completedContracts,
      meanRating: meanRating(vendor),
    },
    ...extra,
  ]);
}
