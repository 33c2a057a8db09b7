import "server-only";
import { SearchMemo } from "@/lib/search/search-memo";
import { vendorProfilesStamp } from "../vendor-stamp";
import type { VendorSearchParams } from "./search-vendors.schema";

// The directory is public and has no deadlines: which vendors a search finds (their ids, order
// and count) changes only with a write the profiles stamp moves with (a profile, its verification,
// a case study). So a first page and a count are kept until then; the cards are read fresh.

const memo = new SearchMemo();

/** `compute()`'s answer for this part (`page`, `count`) of a first page of the directory. */
export async function rememberedVendorSearch<T>(
  part: string,
  params: VendorSearchParams,
  compute: () => Promise<T>,
): Promise<T> {
  if (params.cursor) return compute();
  const validity = { stamp: await vendorProfilesStamp(), from: 0, until: Infinity };
  return memo.remember(`${part}:${JSON.stringify(params)}`, validity, compute);
}
