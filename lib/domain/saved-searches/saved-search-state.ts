import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  requirementSearchUrlParams,
  searchRequirementsSchema,
  type RequirementSearchParams,
} from "@/lib/domain/requirements/search/search-requirements.schema";
import { failValidation, parseInput } from "@/lib/validation/parse-input";

/** What a saved search keeps: the search state as the URL holds it, without paging. */
export type SavedSearchState = Omit<RequirementSearchParams, "cursor" | "limit">;

/** One form of each state: list values sorted (the same filters in another order are one search). */
function normalised(params: RequirementSearchParams): SavedSearchState {
  const state: SavedSearchState & Partial<Pick<RequirementSearchParams, "cursor" | "limit">> = {
    ...params,
    industry: [...params.industry].sort(),
    capability: [...params.capability].sort(),
    region: [...params.region].sort(),
  };
  delete state.cursor;
  delete state.limit;
  return state;
}

/**
 * The state of the requirement search `query` (a URL query string), normalised; a state the
 * search would refuse (e.g. budget minimum above maximum) is refused here too, on `query`.
 */
export function savedSearchState(query: string): SavedSearchState {
  const parsed = searchRequirementsSchema.safeParse(new URLSearchParams(query));
  if (!parsed.success) failValidation({ query: parsed.error.issues.map((i) => i.message) });
  return normalised(parsed.data);
}

/** A stored state read back; null when the search no longer accepts it (its rules changed). */
export function readSavedSearchState(stored: Prisma.JsonValue): SavedSearchState | null {
  const parsed = searchRequirementsSchema.safeParse(stored);
  return parsed.success ? normalised(parsed.data) : null;
}

/** The state as JSON for the database (fields not set are left out). */
export function savedSearchJson(state: SavedSearchState): Prisma.InputJsonObject {
  return Object.fromEntries(
    Object.entries(state).filter(([, value]) => value !== undefined),
  ) as Prisma.InputJsonObject;
}

/** The URL query string of the state, defaults left out: equal for equal searches. */
export function savedSearchQuery(state: SavedSearchState): string {
  return requirementSearchUrlParams(parseInput(searchRequirementsSchema, state)).toString();
}

/** The requirement list showing the search. */
export function savedSearchHref(state: SavedSearchState): string {
  const query = savedSearchQuery(state);
  return query ? `/?${query}` : "/";
}
