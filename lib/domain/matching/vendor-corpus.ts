import "server-only";

import { vendorStamp } from "@/lib/domain/organizations/vendor-stamp";
import { indexVendors, type VendorIndex } from "@/lib/matching/rank-vendors";
import { StampedCache } from "./stamped-cache";
import { loadVendors, type MatchableVendor } from "./load-vendors";

export type VendorCorpus = VendorIndex<MatchableVendor>;

const buildCorpus = async (): Promise<VendorCorpus> => indexVendors(await loadVendors());

const cache = new StampedCache(vendorStamp, buildCorpus);

/** Every vendor with its text as a vector over the vendors' IDF, fresh as of this request. */
export const vendorCorpus = () => cache.get();
