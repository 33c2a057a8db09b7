import "server-only";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/search-query";

const PROJECT_NUMBER = /^ZP-\d{4}-\d{6,}$/;

/** The project number a search is, as typed (any case, spaces around); null for other searches. */
export function projectNumberSearched(q: string | undefined): string | null {
  const candidate = q?.trim().toUpperCase();
  return candidate && PROJECT_NUMBER.test(candidate) ? candidate : null;
}

/**
 * The words a requirement search looks for: none when it is a whole project number, which is
 * found by that number alone (requirementSearchSql), not by its pieces as words.
 */
export function requirementSearchQuery(q: string | undefined): SearchQuery {
  return parseSearchQuery(projectNumberSearched(q) ? undefined : q);
}
