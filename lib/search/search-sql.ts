import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { SEARCH_WEIGHTS } from "./search-document";
import type { SortKey } from "@/lib/paging/keyset";
import type { SearchQuery } from "./search-query";

const line = (text: Prisma.Sql, n: number) =>
  Prisma.sql`split_part(${text}, chr(10), ${Prisma.raw(String(n))})`;

/** The words of the title (line 1, weight A) of a searchText expression, GIN-indexed. */
export function titleVectorOf(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_tsvector('simple', ${line(text, 1)})`;
}

/** The weighted word vector of a searchText expression (lines 1–4, weights A–D). */
export function wordVectorOf(text: Prisma.Sql): Prisma.Sql {
  const parts = SEARCH_WEIGHTS.map(
    (weight, i) =>
      Prisma.sql`setweight(to_tsvector('simple', ${line(text, i + 1)}), ${Prisma.raw(`'${weight}'`)})`,
  );
  return Prisma.join(parts, " || ");
}

/** The bigram vector of a searchText expression (line 5), without positions: it only matches. */
export function bigramVectorOf(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`strip(to_tsvector('simple', ${line(text, 5)}))`;
}

/** Adds the words of every word vector of `table` to "SearchWord": for rows written in bulk. */
export const addSearchWordsOfSql = (table: "Requirement" | "Organization") => Prisma.sql`
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT words.lexeme FROM ${Prisma.raw(`"${table}"`)} AS t, unnest(t."searchVector") AS words
  ON CONFLICT DO NOTHING`;

/**
 * Stores a row's searchText and the vectors built from it, and adds the words of its word vector
 * to "SearchWord" (prefix-words.ts), in the caller's transaction. The new words are inserted in
 * their order, so two writers adding the same ones wait for each other rather than deadlock.
 */
export async function writeSearchIndex(
  tx: Prisma.TransactionClient,
  table: "Requirement" | "Organization",
  id: string,
  text: string,
): Promise<void> {
  const indexed = Prisma.sql`indexed.text`;
  await tx.$executeRaw`
    WITH written AS (
      UPDATE ${Prisma.raw(`"${table}"`)}
      SET "searchText" = ${indexed},
          "searchVector" = ${wordVectorOf(indexed)},
          "searchBigrams" = ${bigramVectorOf(indexed)}
      FROM (SELECT ${text}::text AS text) AS indexed
      WHERE "id" = ${id}
      RETURNING "searchVector"
    )
    INSERT INTO "SearchWord" ("word")
    SELECT words.lexeme FROM written, unnest(written."searchVector") AS words
    ORDER BY words.lexeme
    ON CONFLICT DO NOTHING`;
}

/**
 * The text conditions of a search on the row aliased `alias`: its Latin words against the word
 * vector, its Han words against the bigram vector. Both are GIN-indexed and neither needs the
 * row to be read (no phrase or weight operators), so PostgreSQL intersects the index scans.
 */
export function textMatchSql(alias: string, query: SearchQuery): Prisma.Sql[] {
  const row = Prisma.raw(alias);
  return [
    ...(query.wordQuery
      ? [Prisma.sql`${row}."searchVector" @@ to_tsquery('simple', ${query.wordQuery})`]
      : []),
    ...(query.bigramQuery
      ? [Prisma.sql`${row}."searchBigrams" @@ to_tsquery('simple', ${query.bigramQuery})`]
      : []),
  ];
}

const vectorMatchSql = (alias: string, tsquery: string) =>
  Prisma.sql`(${Prisma.raw(alias)}."searchVector" @@ to_tsquery('simple', ${tsquery}))`;

/**
 * The first keys of a relevance order: rows with the whole search in their title come first,
 * then rows with the whole search in their title and tags, then the others; the score decides
 * within each group. Read from the stored word vector (its weight-A words are the title's, its
 * weight-D words the tags'), so they cost no parsing.
 */
export function titleFirst(alias: string, query: SearchQuery): SortKey[] {
  if (!query.titleQuery || !query.titleOrTagQuery) return [];
  return [
    { sql: vectorMatchSql(alias, query.titleQuery), direction: "desc", type: "bool" },
    { sql: vectorMatchSql(alias, query.titleOrTagQuery), direction: "desc", type: "bool" },
  ];
}

/**
 * The rows the first key of `titleFirst` is true for, through the GIN index on the titles'
 * words: the rows that come first in the relevance order, found without reading the others.
 */
export function titleMatchSql(alias: string, query: SearchQuery): Prisma.Sql | null {
  if (!query.titleWordsQuery) return null;
  const title = titleVectorOf(Prisma.sql`${Prisma.raw(alias)}."searchText"`);
  return Prisma.sql`${title} @@ to_tsquery('simple', ${query.titleWordsQuery})`;
}

/**
 * Weights of D, C, B, A for ts_rank. Tags rank above body text: a taxonomy tag is a deliberate
 * statement of what the row is about, a word in a long description may be incidental.
 */
const RANK_WEIGHTS = Prisma.raw(`'{0.4, 0.2, 0.6, 1.0}'::float4[]`);

/** Below any word match: rows found through bigrams only still order among themselves. */
const BIGRAM_ONLY_RANK = Prisma.raw("0.0001");

/** Text relevance of a matching row from its word vector, higher is better. */
export function textRankSql(alias: string, query: SearchQuery): Prisma.Sql {
  const vector = Prisma.sql`${Prisma.raw(alias)}."searchVector"`;
  if (!query.rankQuery) return BIGRAM_ONLY_RANK;
  return Prisma.sql`(ts_rank(${RANK_WEIGHTS}, ${vector}, to_tsquery('simple', ${query.rankQuery}))::float8 + ${BIGRAM_ONLY_RANK})`;
}
