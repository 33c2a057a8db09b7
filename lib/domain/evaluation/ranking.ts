import "server-only";

export interface RankedCriterion {
  id: string;
  name: string;
  weight: number;
  priceFormula: boolean;
}

export interface RankedProposalInput {
  id: string;
  priceCny: number;
}

export interface ScoreCell {
  proposalId: string;
  criterionId: string;
  evaluatorId: string;
  score: number;
}

export interface CriterionResult {
  criterionId: string;
  /** The mean over the evaluators, or the 低价优先 formula's score for a price criterion. */
  score: number | null;
  /** Highest minus lowest evaluator score (0 for the formula). */
  spread: number | null;
  byFormula: boolean;
}

export interface RankingRow {
  proposalId: string;
  criteria: CriterionResult[];
  /** Σ weight × criterion score / Σ weight, over the published weights. */
  overall: number | null;
  /** 1 for the best; equal overall scores share a rank. Null while a score is missing. */
  rank: number | null;
}

/** 低价优先: the lowest valid price gets full marks, every other `lowest / price × 100`. */
export function lowestPriceScore(priceCny: number, lowestCny: number): number {
  return priceCny <= 0 ? 100 : (lowestCny / priceCny) * 100;
}

function criterionResult(
  criterion: RankedCriterion,
  proposal: RankedProposalInput,
  lowest: number,
  scores: ScoreCell[],
): CriterionResult {
  if (criterion.priceFormula) {
    const score = lowestPriceScore(proposal.priceCny, lowest);
    return { criterionId: criterion.id, score, spread: 0, byFormula: true };
  }
  const given = scores
    .filter((s) => s.proposalId === proposal.id && s.criterionId === criterion.id)
    .map((s) => s.score);
  if (given.length === 0) {
    return { criterionId: criterion.id, score: null, spread: null, byFormula: false };
  }
  const mean = given.reduce((sum, s) => sum + s, 0) / given.length;
  const spread = Math.max(...given) - Math.min(...given);
  return { criterionId: criterion.id, score: mean, spread, byFormula: false };
}

function weightedOverall(criteria: RankedCriterion[], results: CriterionResult[]): number | null {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0 || results.some((r) => r.score === null)) return null;
  const weighted = criteria.reduce((sum, c, i) => sum + c.weight * (results[i]!.score ?? 0), 0);
  return weighted / totalWeight;
}

/**
 * The comparison table's numbers: each criterion's mean over the evaluators whose scores count,
 * the weighted overall score and the rank. Pure, so the page, the API and the award's
 * "is it the top-ranked?" check compute one and the same ranking.
 */
export function rankProposals(
  criteria: RankedCriterion[],
  proposals: RankedProposalInput[],
  scores: ScoreCell[],
): RankingRow[] {
  const lowest = Math.min(...proposals.map((p) => p.priceCny).filter((p) => p > 0));
  const rows = proposals.map((proposal) => {
    const results = criteria.map((c) => criterionResult(c, proposal, lowest, scores));
    return {
      proposalId: proposal.id,
      criteria: results,
      overall: weightedOverall(criteria, results),
    };
  });
  return rows.map((row) => ({
    ...row,
    rank:
      row.overall === null
        ? null
        : 1 + rows.filter((other) => (other.overall ?? -1) > row.overall! + 1e-9).length,
  }));
}
