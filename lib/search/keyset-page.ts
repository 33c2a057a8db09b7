import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { failValidation } from "@/lib/validation/parse-input";
import { errorKey } from "@/lib/validation/fields";
import type { SearchQuery } from "./search-query";
import {
  afterCursorSql,
  decodeCursor,
  encodeCursor,
  keyColumnsSql,
  orderBySql,
  rowKeyValues,
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
}

/**
 * The order a page is fetched in, as its cursor names it. A relevance order is only meaningful
 * for the same search, so its name includes a digest of the search's terms.
 */
export function sortName(sort: string, query: SearchQuery): string {
  if (sort !== "relevance") return sort;
  const digest = createHash("sha256").update(JSON.stringify(query.terms)).digest("base64url");
  return `relevance:${digest.slice(0, 12)}`;
}

/** Relevance needs something to be relevant to: without a searchable word, `fallback`. */
export function appliedSort<Sort extends string>(sort: Sort, query: SearchQuery, fallback: Sort) {
  return sort === "relevance" && query.terms.length === 0 ? fallback : sort;
}

/**
 * One page of ids in the keys' order, after the cursor's row, and the cursor of the page after
 * it (null on the last page). The conditions and keys are computed in an inner query; the outer
 * one compares and orders on them, which PostgreSQL flattens into one plan.
 */
export async function fetchKeysetPage(
  request: KeysetPageRequest,
): Promise<{ ids: string[]; sortValues: unknown[][]; nextCursor: string | null }> {
  const { keys, limit } = request;
  const after = request.cursor ? decodeCursor(request.cursor, request.sortName, keys) : null;
  if (request.cursor && !after) failValidation({ cursor: [errorKey("invalid")] });
  const conditions = request.conditions.length
    ? Prisma.join(request.conditions, " AND ")
    : Prisma.sql`TRUE`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT page.* FROM (
      SELECT ${request.idColumn} AS "id", ${keyColumnsSql(keys)}
      FROM ${request.from}
      WHERE ${conditions}
    ) AS page
    WHERE ${after ? afterCursorSql(keys, after) : Prisma.sql`TRUE`}
    ORDER BY ${orderBySql(keys)}
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    ids: page.map((row) => String(row.id)),
    /** Each row's values of the keys, in the keys' order (the score first for relevance). */
    sortValues: page.map((row) => rowKeyValues(row, keys)),
    nextCursor:
      rows.length > limit && last ? encodeCursor(request.sortName, rowKeyValues(last, keys)) : null,
  };
}
