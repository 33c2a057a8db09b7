import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countMatching, MAX_COUNTED, type RowCount } from "@/lib/paging/keyset-page";
import { parseInput } from "@/lib/validation/parse-input";
import { databaseNow } from "../open-for-proposals";
import { requireKnownFilterTags } from "@/lib/domain/taxonomy/require-known-filter-tags";
import { requirementSearchQuery } from "./project-number-search";
import { requirementSearchSql } from "./requirement-filters-sql";
import { REQUIREMENTS } from "./search-requirements";
import {
  searchRequirementsSchema,
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
  const query = requirementSearchQuery(params.q);
  return countMatching(
    REQUIREMENTS,
    requirementSearchSql(actor, params, query, await databaseNow()),
    MAX_COUNTED,
  );
}
