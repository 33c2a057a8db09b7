import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export type CursorValue = string | number | boolean | null;

/** One ORDER BY key of a keyset-paginated query. The last key must be unique (the id). */
export interface SortKey {
  /** The expression, as selected by the inner query. */
  sql: Prisma.Sql;
  direction: "asc" | "desc";
  /**
   * Where NULLs sort, for a key that has them. PostgreSQL's own order (last ascending, first
   * descending) is the one a plain index on the column can return without sorting.
   */
  nulls?: "first" | "last";
  /** The SQL type the cursor's value is cast to. */
  type: "float8" | "timestamptz" | "int4" | "text" | "bool";
}

// Keys are selected as k0, k1, … so the page query can compare and order on them by name.
const keyColumn = (i: number) => Prisma.raw(`"k${i}"`);

export function keyColumnsSql(keys: SortKey[]): Prisma.Sql {
  return Prisma.join(
    keys.map((key, i) => Prisma.sql`${key.sql} AS ${keyColumn(i)}`),
    ", ",
  );
}

export function orderBySql(keys: SortKey[]): Prisma.Sql {
  return Prisma.join(
    keys.map((key, i) => {
      const nulls = key.nulls ? ` NULLS ${key.nulls.toUpperCase()}` : "";
      return Prisma.sql`${keyColumn(i)} ${Prisma.raw(key.direction.toUpperCase() + nulls)}`;
    }),
    ", ",
  );
}

const valueSql = (key: SortKey, value: CursorValue) =>
  Prisma.sql`${value}::${Prisma.raw(key.type)}`;

function equalSql(key: SortKey, i: number, value: CursorValue): Prisma.Sql {
  return value === null
    ? Prisma.sql`${keyColumn(i)} IS NULL`
    : Prisma.sql`${keyColumn(i)} = ${valueSql(key, value)}`;
}

/** Rows that sort strictly after `value` on key i alone. */
function afterSql(key: SortKey, i: number, value: CursorValue): Prisma.Sql {
  if (value === null) {
    return key.nulls === "first" ? Prisma.sql`${keyColumn(i)} IS NOT NULL` : Prisma.sql`FALSE`;
  }
  const operator = Prisma.raw(key.direction === "asc" ? ">" : "<");
  const after = Prisma.sql`${keyColumn(i)} ${operator} ${valueSql(key, value)}`;
  return key.nulls === "last" ? Prisma.sql`(${after} OR ${keyColumn(i)} IS NULL)` : after;
}

/**
 * Rows after the cursor's row in the keys' order: (k0 after) OR (k0 equal AND k1 after) OR ….
 * Comparing with the last row's values, not an offset, is what keeps a page from repeating or
 * skipping rows when rows are added or removed before it.
 */
export function afterCursorSql(keys: SortKey[], values: CursorValue[]): Prisma.Sql {
  const branches = keys.map((key, i) =>
    Prisma.join(
      [...keys.slice(0, i).map((k, j) => equalSql(k, j, values[j]!)), afterSql(key, i, values[i]!)],
      " AND ",
    ),
  );
  const bound = leadingBoundSql(keys[0]!, values[0]!);
  const after = Prisma.sql`(${Prisma.join(branches, " OR ")})`;
  return bound ? Prisma.sql`${bound} AND ${after}` : after;
}

/**
 * No row after the cursor's sorts before its first key's value. Implied by the branches, but
 * written on its own it lets an index on that key start at the cursor instead of the top.
 */
function leadingBoundSql(key: SortKey, value: CursorValue): Prisma.Sql | null {
  if (value === null) return null;
  const operator = Prisma.raw(key.direction === "asc" ? ">=" : "<=");
  const bound = Prisma.sql`${keyColumn(0)} ${operator} ${valueSql(key, value)}`;
  return key.nulls === "last" ? Prisma.sql`(${bound} OR ${keyColumn(0)} IS NULL)` : bound;
}

interface CursorPayload {
  sort: string;
  values: CursorValue[];
}

const isCursorValue = (value: unknown): value is CursorValue =>
  value === null || ["string", "number", "boolean"].includes(typeof value);

/**
 * An instant exactly as rowKeyValues writes one: JavaScript reads 2027-02-30 as 2 March and
 * year 0000 as 1 BC, both of which PostgreSQL's cast refuses.
 */
function isStoredInstant(value: string): boolean {
  const date = new Date(value);
  return (
    !Number.isNaN(date.getTime()) &&
    date.getUTCFullYear() >= 1 &&
    date.getUTCFullYear() <= 9999 &&
    date.toISOString() === value
  );
}

/** A crafted cursor must not reach SQL as a value its cast refuses. */
function fitsKey(key: SortKey, value: CursorValue): boolean {
  if (value === null) return key.nulls !== undefined;
  switch (key.type) {
    case "float8":
      return typeof value === "number" && Number.isFinite(value);
    case "int4":
      return Number.isSafeInteger(value) && Math.abs(value as number) < 2 ** 31;
    case "timestamptz":
      return typeof value === "string" && isStoredInstant(value);
    case "text":
      return typeof value === "string" && value.length <= 200 && !value.includes("\0");
    case "bool":
      return typeof value === "boolean";
  }
}

/** An opaque cursor naming the sort and the last row's key values. */
export function encodeCursor(sort: string, values: CursorValue[]): string {
  const payload: CursorPayload = { sort, values };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

/** The key values of a cursor made for `sort` with these keys; null when it is not one. */
export function decodeCursor(cursor: string, sort: string, keys: SortKey[]): CursorValue[] | null {
  try {
    const payload = JSON.parse(Buffer.from(cursor, "base64url").toString()) as CursorPayload;
    const values = payload.values;
    if (payload.sort !== sort || !Array.isArray(values) || values.length !== keys.length) {
      return null;
    }
    return values.every((value, i) => isCursorValue(value) && fitsKey(keys[i]!, value))
      ? values
      : null;
  } catch {
    return null;
  }
}

/** The key values of a row selected with `keyColumnsSql`, as a cursor keeps them. */
export function rowKeyValues(row: Record<string, unknown>, keys: SortKey[]): CursorValue[] {
  return keys.map((_key, i) => {
    const value = row[`k${i}`];
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "bigint") return Number(value);
    return isCursorValue(value) ? value : String(value);
  });
}
