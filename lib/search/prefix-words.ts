import "server-only";
import { db } from "@/lib/db";
import { expandedWordQuery, type SearchQuery } from "./search-query";

/**
 * Beyond this many words a prefix stays a prefix: one lookup of the range beats as many exact
 * ones. A Latin word found as a prefix ("forecast") usually stands for a handful.
 */
const MAX_EXPANSION = 50;

/**
 * The search with its Latin prefixes matched as the words they stand for ("SearchWord", written
 * with every word vector): the GIN index finds a word two to three times faster than a prefix
 * (docs/performance.md). Only matching changes; ranking and the title-first keys keep the
 * prefixes, so the rows and their order are those of the prefix search.
 */
export async function withPrefixesExpanded(query: SearchQuery): Promise<SearchQuery> {
  const prefixes = query.terms.filter((term) => term.prefix).map((term) => term.text);
  if (prefixes.length === 0) return query;
  const rows = await db.$queryRaw<{ prefix: string; words: string[] }[]>`
    SELECT prefix, ARRAY(
      SELECT word FROM "SearchWord" WHERE word ^@ prefix LIMIT ${MAX_EXPANSION + 1}
    ) AS words
    FROM unnest(${prefixes}::text[]) AS prefix`;
  const words = new Map(
    rows.filter((row) => row.words.length <= MAX_EXPANSION).map((row) => [row.prefix, row.words]),
  );
  return { ...query, wordQuery: expandedWordQuery(query, words) };
}
