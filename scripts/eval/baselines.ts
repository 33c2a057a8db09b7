import { capabilityCredit } from "@/lib/matching/score-match";
import { Idf, type TermCounts } from "@/lib/matching/text-vectors";
import type { EvalRequirement, EvalVendor } from "./eval-set";

// The two baselines the engine must beat: the obvious first attempts.

const byScore = (scores: { key: string; score: number }[]) =>
  scores.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key)).map((s) => s.key);

/** Required capability tags the vendor has (claimed or in a case), nothing else. */
export function tagOverlapRanking(requirement: EvalRequirement, vendors: EvalVendor[]): string[] {
  return byScore(
    vendors.map((vendor) => ({
      key: vendor.facts.id,
      score: requirement.facts.capabilities.filter((c) => capabilityCredit(vendor.facts, c) > 0)
        .length,
    })),
  );
}

const K1 = 1.2;
const B = 0.75;

const lengthOf = (terms: TermCounts) => [...terms.values()].reduce((sum, n) => sum + n, 0);

/** Okapi BM25 of the requirement's words against each vendor's text, nothing else. */
export function bm25Ranking(requirement: EvalRequirement, vendors: EvalVendor[]): string[] {
  const idf = new Idf(vendors.map((v) => v.terms));
  const averageLength = vendors.reduce((sum, v) => sum + lengthOf(v.terms), 0) / vendors.length;
  return byScore(
    vendors.map((vendor) => {
      const norm = K1 * (1 - B + (B * lengthOf(vendor.terms)) / averageLength);
      let score = 0;
      for (const term of requirement.terms.keys()) {
        const tf = vendor.terms.get(term) ?? 0;
        if (tf > 0) score += (idf.of(term) * tf * (K1 + 1)) / (tf + norm);
      }
      return { key: vendor.facts.id, score };
    }),
  );
}
