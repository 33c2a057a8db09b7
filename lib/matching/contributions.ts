/**
 * One signal's share of a score, with what a reader needs to understand it. The reasons shown
 * are these, formatted (format-reasons.ts), so that they are the score and nothing else.
 */
export type Contribution = { points: number } & (
  | {
      signal: "capabilities";
      covered: string[];
      required: number;
      /** Of `covered`, the capabilities shown in a case study. */
      shownInCases: number;
    }
  | { signal: "industry"; industry: string; cases: number; adjacent: boolean }
  | { signal: "text"; terms: string[] }
  | { signal: "region"; region: string }
  | { signal: "verified" }
  | { signal: "domesticStack"; fits: boolean }
  | {
      signal: "trackRecord";
      awards: number;
      completedContracts: number;
      /** The mean rating of its completed contracts, to one decimal (null without any). */
      meanRating: number | null;
    }
  | { signal: "sharedCapabilities"; shared: string[] }
  | { signal: "sameIndustry"; industry: string }
  | { signal: "likeDismissed" }
);

export type Signal = Contribution["signal"];

export interface Scored {
  score: number;
  /** Largest first; their points sum to `score`. */
  contributions: Contribution[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The score of a set of contributions: those worth nothing dropped, each rounded as shown, the
 * score their sum, and positive ones first by size, then the penalties.
 */
export function scoreOf(contributions: Contribution[]): Scored {
  const kept = contributions
    .map((c) => ({ ...c, points: round(c.points) }))
    .filter((c) => c.points !== 0)
    .sort((a, b) => b.points - a.points);
  return { score: round(kept.reduce((sum, c) => sum + c.points, 0)), contributions: kept };
}
