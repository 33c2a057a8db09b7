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
  return { score: sumOf(kept.map((c) => c.points)), contributions: kept };
}

/** Rounded points, largest first, summed and rounded: the one way a score is added up. */
const sumOf = (rounded: number[]) => round(rounded.reduce((sum, points) => sum + points, 0));

/** `scoreOf(contributions).score` from their points alone, without building the explanation. */
export const totalOf = (points: number[]) =>
  sumOf(
    points
      .map(round)
      .filter((p) => p !== 0)
      .sort((a, b) => b - a),
  );
