import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countMatching, MAX_COUNTED, type RowCount } from "@/lib/paging/keyset-page";
import { withPrefixesExpanded } from "@/lib/search/prefix-words";
import { parseSearchQuery } from "@/lib/search/search-query";
import { parseInput } from "@/lib/validation/parse-input";
import { requireKnownFilterTags } from "@/lib/domain/taxonomy/require-known-filter-tags";
import { searchVendorsSchema, type SearchVendorsInput } from "./search-vendors.schema";
import { VENDORS } from "./search-vendors";
import { vendorSearchSql } from "./vendor-search-sql";
import { rememberedVendorSearch } from "./vendor-search-memo";

/**
 * How many vendors a directory search finds (as `searchVendors` would list them), counted up
 * to MAX_COUNTED: beyond, `exact` is false.
 */
export async function countVendors(_actor: Actor, input: SearchVendorsInput): Promise<RowCount> {
  const params = parseInput(searchVendorsSchema, input);
  await requireKnownFilterTags(params);
  return rememberedVendorSearch("count", params, async () => {
    const query = await withPrefixesExpanded(parseSearchQuery(params.q));
    return countMatching(VENDORS, vendorSearchSql(params, query), MAX_COUNTED);
  });
}
