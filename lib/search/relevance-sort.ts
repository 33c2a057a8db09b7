import "server-only";
import { createHash } from "node:crypto";
import type { SearchQuery } from "./search-query";

/**
 * The order a page is fetched in, as its cursor names it. A relevance order is only meaningful
 * for the same search, so its name includes a digest of the search's terms.
 */
export function sortName(sort: string, query: SearchQuery): string {
  if (sort !== "relevance") return sort;
  const digest = createHash("sha256").update(JSON.stringify(query.terms)).digest("base64url");
  return `relevance:${digest.slice(0, 12)}`;
}

/**
 * Relevance needs something to be relevant to: without a searchable word, or when the search is
 * broad (one-character words, which nearly every row matches and no word vector ranks), the
 * order is `fallback`, which an index reads a page of without ranking every match.
 */
export function appliedSort<Sort extends string>(sort: Sort, query: SearchQuery, fallback: Sort) {
  return sort === "relevance" && (query.terms.length === 0 || query.broad) ? fallback : sort;
}
