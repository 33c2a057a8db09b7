import "server-only";
import { db, queryWithoutSeqScan } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { failValidation } from "@/lib/validation/parse-input";
import { errorKey } from "@/lib/validation/fields";
import {
  rememberSnapshot,
  snapshotPage,
  SNAPSHOT_ROWS,
  type SnapshotRow,
} from "@/lib/search/search-snapshots";
import {
  afterCursorSql,
  decodeCursor,
  encodeCursor,
  keyColumnsSql,
  orderBySql,
  rowKeyValues,
  type CursorValue,
  type SortKey,
} from "./keyset";

export interface KeysetPageRequest {
  /** `FROM …` of the inner query, and the id column of its rows. */
  from: Prisma.Sql;
  idColumn: Prisma.Sql;
  conditions: Prisma.Sql[];
  keys: SortKey[];
  /** Names the order; a cursor made for another order (or another search) is refused. */
  sortName: string;
  cursor: string | undefined;
  limit: number;
  /**
   * Names the search (who searches, its terms and filters, not the cursor) when its order is
   * costly to compute: the next pages are fetched with the first and kept (search-snapshots.ts).
   */
  snapshotKey?: string;
  /**
   * When the first key is a descending boolean: a condition (an index can answer) for exactly
   * the rows where it is true. They come first, so when enough of them follow the cursor the
   * page is read from them alone.
   */
  leading?: Prisma.Sql | null;
  /**
   * When an index returns the rows of `from` in the keys' order (plain column orders, not
   * relevance): the conditions that are costly to check row by row (the words, whose vectors
   * are read from TOAST) and that their own indexes answer instead. A page is looked for among
   * the next rows of the order first, found by the other conditions alone.
   */
  walk?: { checked: Prisma.Sql[] };
  /**
   * The conditions include words, found through their GIN indexes and never by a sequential
   * scan: PostgreSQL's cost model does not count de-TOASTing the vectors such a scan checks row
   * by row, and it chose one for words in half of the rows (docs/performance.md).
   */
  throughIndexes?: boolean;
}

/** Beyond this many matches a search says "more than" rather than count them all. */
export const MAX_COUNTED = 1000;

/** How many rows match: `exact` is false when counting stopped at the limit it was given. */
export interface RowCount {
  value: number;
  exact: boolean;
}

export interface KeysetPage {
  ids: string[];
  /** Each row's values of the keys, in the keys' order (the score first for relevance). */
  sortValues: CursorValue[][];
  nextCursor: string | null;
}

const whereSql = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;

/**
 * Up to `limit` rows meeting `conditions` after the cursor's row, in the keys' order. The keys
 * are computed in an inner query and compared and ordered on by name; PostgreSQL flattens it
 * into one plan, unless `materialized`: then the rows are found first, by the conditions'
 * own indexes, and only then ordered.
 */
function orderedRowsSql(
  request: KeysetPageRequest,
  conditions: Prisma.Sql[],
  after: CursorValue[] | null,
  limit: number,
  materialized = false,
): Prisma.Sql {
  const { keys } = request;
  const keyed = Prisma.sql`
    SELECT ${request.idColumn} AS "id", ${keyColumnsSql(keys)}
    FROM ${request.from}
    WHERE ${whereSql(conditions)}`;
  const rest = Prisma.sql`
    WHERE ${after ? afterCursorSql(keys, after) : Prisma.sql`TRUE`}
    ORDER BY ${orderBySql(keys)}
    LIMIT ${limit}`;
  return materialized
    ? Prisma.sql`WITH page AS MATERIALIZED (${keyed}) SELECT page.* FROM page ${rest}`
    : Prisma.sql`SELECT page.* FROM (${keyed}) AS page ${rest}`;
}

/** Rows of an ordered walk checked against the costly conditions before giving up on it. */
const WALKED_ROWS = 200;

const keyedRows = (rows: Record<string, unknown>[], keys: SortKey[]): SnapshotRow[] =>
  rows.map((row) => ({ id: String(row.id), keys: rowKeyValues(row, keys) }));

/**
 * The first `limit` matching rows among the next WALKED_ROWS rows of the order that meet the
 * other conditions, when that many are there; else null. Only those rows are checked against
 * the costly ones. The planner walks the index too, but it cannot tell how far: for rare
 * matches (a state of a few hundred rows and a word) it read tens of thousands of vectors.
 */
async function walkedRows(
  request: KeysetPageRequest,
  checked: Prisma.Sql[],
  after: CursorValue[] | null,
  limit: number,
): Promise<SnapshotRow[] | null> {
  const others = request.conditions.filter((condition) => !checked.includes(condition));
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT walked.* FROM (${orderedRowsSql(request, others, after, WALKED_ROWS)}) AS walked
    JOIN ${request.from} ON ${request.idColumn} = walked."id"
    WHERE ${whereSql(checked)}
    ORDER BY ${orderBySql(request.keys)}
    LIMIT ${limit}`;
  return rows.length === limit ? keyedRows(rows, request.keys) : null;
}

/**
 * Up to `limit` rows after the cursor's row in the keys' order, with their key values. With
 * costly conditions (`walk`), by a bounded walk of the order's index, else by finding the
 * matches first (through the words' GIN indexes, which read no vector) and ordering them.
 */
async function fetchKeyedRows(
  request: KeysetPageRequest,
  after: CursorValue[] | null,
  limit: number,
): Promise<SnapshotRow[]> {
  const checked = request.walk?.checked ?? [];
  const walked = checked.length > 0 ? await walkedRows(request, checked, after, limit) : null;
  if (walked) return walked;
  const sql = orderedRowsSql(request, request.conditions, after, limit, checked.length > 0);
  const rows = request.throughIndexes
    ? await queryWithoutSeqScan<Record<string, unknown>>(sql)
    : await db.$queryRaw<Record<string, unknown>[]>(sql);
  return keyedRows(rows, request.keys);
}

/**
 * The rows after the cursor, and whether they are the last: from the leading rows alone when
 * they fill the page and show that another follows. Fewer than `limit` of them are still the
 * first rows of the order, but not the last: other rows follow the leading ones.
 */
async function fetchOrderedRows(
  request: KeysetPageRequest,
  after: CursorValue[] | null,
  limit: number,
): Promise<{ rows: SnapshotRow[]; complete: boolean }> {
  const { leading } = request;
  if (leading && (after === null || after[0] === true)) {
    const conditions = [...request.conditions, leading];
    const rows = await fetchKeyedRows({ ...request, conditions }, after, limit);
    if (rows.length === limit || rows.length > request.limit) return { rows, complete: false };
  }
  const rows = await fetchKeyedRows(request, after, limit);
  return { rows, complete: rows.length < limit };
}

/** How many rows of `from` meet the conditions, counting up to `upTo` of them. */
export async function countMatching(
  from: Prisma.Sql,
  conditions: Prisma.Sql[],
  upTo: number,
): Promise<RowCount> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM (
      SELECT 1 FROM ${from} WHERE ${whereSql(conditions)} LIMIT ${upTo + 1}
    ) AS matching`;
  const value = Number(row?.count ?? 0);
  return value > upTo ? { value: upTo, exact: false } : { value, exact: true };
}

/** Which of `ids` still match the conditions (a snapshot's rows are checked again). */
async function stillMatching(request: KeysetPageRequest, ids: string[]): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT ${request.idColumn} AS "id" FROM ${request.from}
    WHERE ${request.idColumn} = ANY(${ids}::text[]) AND ${whereSql(request.conditions)}`;
  return new Set(rows.map((row) => row.id));
}

function toPage(rows: SnapshotRow[], hasMore: boolean, sort: string): KeysetPage {
  const last = rows[rows.length - 1];
  return {
    ids: rows.map((row) => row.id),
    sortValues: rows.map((row) => row.keys),
    nextCursor: hasMore && last ? encodeCursor(sort, last.keys) : null,
  };
}

/** The page from the search's snapshot, its rows checked again; null when it has none. */
async function snapshotKeysetPage(
  request: KeysetPageRequest,
  after: CursorValue[] | null,
): Promise<KeysetPage | null> {
  const cached =
    request.snapshotKey && after && snapshotPage(request.snapshotKey, after, request.limit);
  if (!cached) return null;
  const matching = await stillMatching(
    request,
    cached.rows.map((row) => row.id),
  );
  // The cursor stays at the last row of the run, kept or not: the next page follows it.
  const { nextCursor } = toPage(cached.rows, cached.hasMore, request.sortName);
  const kept = cached.rows.filter((row) => matching.has(row.id));
  return { ...toPage(kept, false, request.sortName), nextCursor };
}

/**
 * One page of ids in the keys' order, after the cursor's row, and the cursor of the page after
 * it (null on the last page). The conditions and keys are computed in an inner query; the outer
 * one compares and orders on them, which PostgreSQL flattens into one plan.
 */
export async function fetchKeysetPage(request: KeysetPageRequest): Promise<KeysetPage> {
  const { limit, snapshotKey } = request;
  const after = request.cursor
    ? decodeCursor(request.cursor, request.sortName, request.keys)
    : null;
  if (request.cursor && !after) failValidation({ cursor: [errorKey("invalid")] });
  const cached = await snapshotKeysetPage(request, after);
  if (cached) return cached;
  const fetched = snapshotKey ? Math.max(SNAPSHOT_ROWS, limit + 1) : limit + 1;
  const { rows, complete } = await fetchOrderedRows(request, after, fetched);
  if (snapshotKey) rememberSnapshot(snapshotKey, { startsAfter: after, rows, complete });
  return toPage(rows.slice(0, limit), rows.length > limit, request.sortName);
}
