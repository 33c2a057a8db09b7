// Offset paging, for the short lists people page through by number (admin lists, the
// dashboard, bookmarks). Long or searched lists use keyset paging (keyset-page.ts), which does
// not repeat or skip rows when rows are added before the page.

/** The rows of one numbered page: the requested page clamped to the last one (1 when empty). */
export interface OffsetWindow {
  page: number;
  pageCount: number;
  skip: number;
  take: number;
}

/** Page `requested` (from 1) of `total` rows, `pageSize` a page; a page past the last is the last. */
export function offsetWindow(requested: number, total: number, pageSize: number): OffsetWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requested, pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}

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
