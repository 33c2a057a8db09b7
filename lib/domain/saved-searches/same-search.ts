import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSavedSearchState, savedSearchQuery } from "./saved-search-state";

/** The saved search among `saved` whose state has the URL query string `query`, if any. */
export function findSameSearch<Row extends { query: Prisma.JsonValue }>(
  saved: Row[],
  query: string,
): Row | undefined {
  return saved.find((row) => {
    const state = readSavedSearchState(row.query);
    return state !== null && savedSearchQuery(state) === query;
  });
}
