export interface GroupSize<Key> {
  key: Key;
  count: number;
}

export interface GroupSlice<Key> {
  key: Key;
  skip: number;
  take: number;
}

/**
 * The rows of a page when groups are laid end to end in order: for each group the page touches,
 * how many of its rows to skip and take. `offset` counts rows from the start of the first group.
 */
export function pageSlices<Key>(
  groups: GroupSize<Key>[],
  offset: number,
  pageSize: number,
): GroupSlice<Key>[] {
  const slices: GroupSlice<Key>[] = [];
  let start = 0;
  for (const { key, count } of groups) {
    const skip = Math.max(0, offset - start);
    const end = Math.min(count, offset + pageSize - start);
    if (end > skip) slices.push({ key, skip, take: end - skip });
    start += count;
  }
  return slices;
}
