// Graded-relevance ranking metrics (Järvelin & Kekäläinen's NDCG with gain 2^rel − 1, and the
// reciprocal rank of the first relevant result).

export type Grades = ReadonlyMap<string, number>;

const gain = (grade: number) => 2 ** grade - 1;
const discountedGain = (grades: number[]) =>
  grades.reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);

/** NDCG of the first `k` of `ranked`; 0 when nothing is relevant. */
export function ndcgAt(k: number, ranked: readonly string[], grades: Grades): number {
  const actual = ranked.slice(0, k).map((key) => grades.get(key) ?? 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  const best = discountedGain(ideal);
  return best === 0 ? 0 : discountedGain(actual) / best;
}

/** 1 / the rank of the first result graded 1 or more; 0 when none is. */
export function reciprocalRank(ranked: readonly string[], grades: Grades): number {
  const first = ranked.findIndex((key) => (grades.get(key) ?? 0) > 0);
  return first === -1 ? 0 : 1 / (first + 1);
}
