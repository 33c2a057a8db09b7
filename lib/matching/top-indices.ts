/**
 * The indices of the `count` highest scores (more on ties at the cut), in no order: the fast
 * pass keeps these to explain, without sorting every candidate's object.
 */
export function topIndices(scores: Float64Array, count: number): number[] {
  if (count >= scores.length) return [...scores.keys()];
  const cut = Float64Array.from(scores).sort().reverse()[count - 1]!;
  const kept: number[] = [];
  scores.forEach((score, i) => {
    if (score >= cut) kept.push(i);
  });
  return kept;
}
