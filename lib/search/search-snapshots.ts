import "server-only";
import { LRUCache } from "lru-cache";
import type { CursorValue } from "@/lib/paging/keyset";

// Ranking a broad search reads every matching row, whichever page is asked for. So a ranked
// search fetches the ids of its next pages with the first, and the pages after it are served
// from that snapshot for a minute (their rows are read, and checked against the search, fresh).
// A first page always comes from the database: a row added in that minute shows when the search
// is run again; a row that stopped matching is left out of its page. Each server process keeps
// its own snapshots; a page its process has none for is fetched from the database.

/** Rows fetched at once for a ranked search: the first ten pages of twenty. */
export const SNAPSHOT_ROWS = 200;

export interface SnapshotRow {
  id: string;
  keys: CursorValue[];
}

interface Snapshot {
  /** Consecutive rows of the search's order, starting after `startsAfter` (null: the first). */
  startsAfter: CursorValue[] | null;
  rows: SnapshotRow[];
  /** No row follows the last one. */
  complete: boolean;
}

const snapshots = new LRUCache<string, Snapshot>({ max: 500, ttl: 60_000 });

/** Names a search for its snapshot: what is searched, by whom (`scope`), not which page. */
export function snapshotKeyOf(target: string, scope: string, params: object): string {
  const search = JSON.stringify(params, (name: string, value: unknown) =>
    name === "cursor" || name === "limit" ? undefined : value,
  );
  return `${target}:${scope}:${search}`;
}

const sameKeys = (a: CursorValue[] | null, b: CursorValue[] | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Where the rows after `after` begin in the snapshot; null when it does not hold them. */
function startIndex(snapshot: Snapshot, after: CursorValue[]): number | null {
  if (sameKeys(snapshot.startsAfter, after)) return 0;
  const index = snapshot.rows.findIndex((row) => sameKeys(row.keys, after));
  return index < 0 ? null : index + 1;
}

export function rememberSnapshot(key: string, snapshot: Snapshot): void {
  snapshots.set(key, snapshot);
}

/**
 * The `limit` rows after the row with the keys `after`, and whether more follow, when the
 * search's snapshot holds them; null when it does not.
 */
export function snapshotPage(
  key: string,
  after: CursorValue[],
  limit: number,
): { rows: SnapshotRow[]; hasMore: boolean } | null {
  const snapshot = snapshots.get(key);
  if (!snapshot) return null;
  const start = startIndex(snapshot, after);
  if (start === null) return null;
  const rows = snapshot.rows.slice(start, start + limit + 1);
  if (rows.length <= limit && !snapshot.complete) return null;
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
