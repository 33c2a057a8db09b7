import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countMatching, MAX_COUNTED, type RowCount } from "@/lib/paging/keyset-page";
import { withPrefixesExpanded } from "@/lib/search/prefix-words";
import { parseInput } from "@/lib/validation/parse-input";
import { countOpenRequirements } from "../count-open-requirements";
import { databaseNow } from "../open-for-proposals";
import { requireKnownFilterTags } from "@/lib/domain/taxonomy/require-known-filter-tags";
import { requirementSearchQuery } from "./project-number-search";
import { rememberedOpenSearch } from "./open-search-memo";
import { requirementSearchSql } from "./requirement-filters-sql";
import { REQUIREMENTS } from "./search-requirements";
import {
  requirementSearchUrlParams,
  searchRequirementsSchema,
  type RequirementSearchParams,
  type SearchRequirementsInput,
} from "./search-requirements.schema";

/**
 * How many requirements a search finds (as `searchRequirements` would list them), counted up
 * to MAX_COUNTED: beyond, `exact` is false. A page shows it beside its results when it comes.
 */
export async function countRequirements(
  actor: Actor,
  input: SearchRequirementsInput,
): Promise<RowCount> {
  const params = parseInput(searchRequirementsSchema, input);
  await requireKnownFilterTags(params);
  const now = await databaseNow();
  if (isOpenListing(params)) {
    // The open requirements the actor sees, with no word or filter: the home page's own figure.
    const value = await countOpenRequirements(actor, now);
    return value > MAX_COUNTED ? { value: MAX_COUNTED, exact: false } : { value, exact: true };
  }
  const query = requirementSearchQuery(params.q);
  return rememberedOpenSearch("count", actor, params, now, async () => {
    const conditions = requirementSearchSql(actor, params, await withPrefixesExpanded(query), now);
    return countMatching(REQUIREMENTS, conditions, MAX_COUNTED);
  });
}

/** The search is every open requirement (the default state, no words, no filters), in any order. */
function isOpenListing(params: RequirementSearchParams): boolean {
  const given = requirementSearchUrlParams(params);
  for (const ordering of ["sort", "cursor", "limit"]) given.delete(ordering);
  return given.size === 0;
}
