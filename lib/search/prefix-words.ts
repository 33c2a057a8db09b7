import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { expandedWordQuery, type SearchQuery } from "./search-query";

/**
 * Beyond this many words a prefix stays a prefix: one lookup of the range beats as many exact
 * ones. A Latin word found as a prefix ("forecast") usually stands for a handful.
 */
const MAX_EXPANSION = 50;

/**
 * The written words of each prefix (joined by spaces) that stands for at most MAX_EXPANSION.
 * Read once per page render (a page searches and counts with the same words); elsewhere each
 * call reads them.
 */
const wordsOfPrefixes = cache(async (joinedPrefixes: string) => {
  const rows = await db.$queryRaw<{ prefix: string; words: string[] }[]>`
    SELECT prefix, ARRAY(
      SELECT word FROM "SearchWord" WHERE word ^@ prefix LIMIT ${MAX_EXPANSION + 1}
    ) AS words
    FROM unnest(${joinedPrefixes.split(" ")}::text[]) AS prefix`;
  return new Map(
    rows.filter((row) => row.words.length <= MAX_EXPANSION).map((row) => [row.prefix, row.words]),
  );
});

/**
 * The search with its Latin prefixes matched as the words they stand for ("SearchWord", written
 * with every word vector): the GIN index finds a word two to three times faster than a prefix
 * (docs/performance.md). Only matching changes; ranking and the title-first keys keep the
 * prefixes, so the rows and their order are those of the prefix search.
 */
export async function withPrefixesExpanded(query: SearchQuery): Promise<SearchQuery> {
  const prefixes = query.terms.filter((term) => term.prefix).map((term) => term.text);
  if (prefixes.length === 0) return query;
  const words = await wordsOfPrefixes(prefixes.join(" "));
  return { ...query, wordQuery: expandedWordQuery(query, words) };
}
