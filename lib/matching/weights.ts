// The score function's weights (docs/matching.md explains each). A result's score is the sum of
// its signals' points, so the best possible match scores 1 and every reason shows its share.
export const WEIGHTS = {
  capabilities: 0.38,
  industry: 0.22,
  text: 0.21,
  region: 0.05,
  verified: 0.04,
  trackRecord: 0.06,
  /** Earned only on a requirement that asks for 信创, by a vendor that declares it. */
  domesticStack: 0.04,
} as const;

/**
 * What a vendor without 信创 loses on a requirement that asks for it: it may not bid there
 * (lib/domain/proposals/eligibility.ts), so it sinks below every eligible vendor of some fit.
 */
export const DOMESTIC_STACK_MISSING_PENALTY = 0.2;

/** A capability only claimed on the profile is worth this much of one shown in a case study. */
export const CLAIMED_CAPABILITY_CREDIT = 0.5;

/**
 * A profile claiming more capabilities than this has each claim discounted in proportion: a
 * specialist's three claims say more than an integrator's twenty.
 */
export const FOCUSED_CAPABILITY_COUNT = 6;

/** Industry credit: cases in the same industry, then claims, then adjacent industries. */
export const INDUSTRY_CREDIT = {
  firstCase: 0.7,
  eachFurtherCase: 0.15,
  claimed: 0.35,
  adjacentCase: 0.25,
  adjacentClaimed: 0.1,
} as const;

/** The text cosine at which text relevance earns its full weight (cosines of real pairs are small). */
export const TEXT_SATURATION = 0.35;

/** Awards plus completed contracts at which track record earns its full weight. */
export const TRACK_RECORD_SATURATION = 4;

/** How much a requirement like one the vendor dismissed loses, at full likeness. */
export const DISMISSED_LIKENESS_PENALTY = 0.3;
