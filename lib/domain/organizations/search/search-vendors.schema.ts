import { z } from "zod";
import { MAX_QUERY_CHARACTERS } from "@/lib/search/search-query";
import {
  cursorParam,
  flagParam,
  limitParam,
  regionListParam,
  optionalChoiceParam,
  textParam,
  tagListParam,
  toUrlSearchParams,
  type UrlSearchInput,
  urlSearchObject,
} from "@/lib/http/url-params";

/** relevance: best match first (as `verified` without a search); verified: verified first, by name. */
export const VENDOR_SORTS = ["relevance", "verified", "name"] as const;
export type VendorSort = (typeof VENDOR_SORTS)[number];

/**
 * The vendor directory's search state as the URL holds it. Each list filter matches any of its
 * values; different filters must all match.
 */
export const searchVendorsSchema = urlSearchObject({
  q: textParam(MAX_QUERY_CHARACTERS),
  capability: tagListParam(),
  industry: tagListParam(),
  region: regionListParam(),
  verified: flagParam(),
  sort: optionalChoiceParam(VENDOR_SORTS),
  cursor: cursorParam(),
  limit: limitParam(24),
}).transform((s) => ({ ...s, sort: s.sort ?? defaultVendorSort(s.q) }));

export type SearchVendorsInput = UrlSearchInput<VendorSearchParams>;
export type VendorSearchParams = z.output<typeof searchVendorsSchema>;

export function defaultVendorSort(q: string | undefined): VendorSort {
  return q ? "relevance" : "verified";
}

/** The URL parameters of a search state, defaults left out. */
export function vendorSearchUrlParams(params: VendorSearchParams): URLSearchParams {
  return toUrlSearchParams(params, {
    limit: 24,
    sort: defaultVendorSort(params.q),
    capability: [],
    industry: [],
    region: [],
  });
}
