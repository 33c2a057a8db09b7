/**
 * The indices of the `count` highest scores (more on ties at the cut), in no order: the fast
 * pass keeps these to explain, without sorting every candidate's object.
 */
export function topIndices(scores: Float64Array, count: number): number[] {
  if (count >= scores.length) return [...scores.keys()];
  const cut = nthLargest(Float64Array.from(scores), count - 1);
  const kept: number[] = [];
  scores.forEach((score, i) => {
    if (score >= cut) kept.push(i);
  });
  return kept;
}

/**
 * The value at `rank` (from 0) were `values` sorted highest first, by selection (Hoare's
 * partition, expected linear time) rather than a sort of every score; reorders `values`.
 */
function nthLargest(values: Float64Array, rank: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const kept = values[i]!;
        values[i++] = values[j]!;
        values[j--] = kept;
      }
    }
    if (rank <= j) high = j;
    else if (rank >= i) low = i;
    else return values[rank]!;
  }
  return values[rank]!;
}
