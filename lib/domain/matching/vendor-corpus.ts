import "server-only";

import { db } from "@/lib/db";
import { indexVendors, type VendorIndex } from "@/lib/matching/rank-vendors";
import { StampedCache } from "./stamped-cache";
import { loadVendors, type MatchableVendor } from "./load-vendors";

export type VendorCorpus = VendorIndex<MatchableVendor>;

/** Moves with every change to a vendor's profile or case studies, an award or a contract. */
async function vendorStamp(): Promise<string> {
  const [row] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Organization" WHERE kind = 'VENDOR'),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "CaseStudy"),
      (SELECT count(*) || ':' || coalesce(max("decidedAt")::text, '') FROM "Award"),
      (SELECT count(*) || ':' || count("completedAt") || ':' || coalesce(max("completedAt")::text, '') FROM "Contract")
    ) AS stamp`;
  return row!.stamp;
}

const buildCorpus = async (): Promise<VendorCorpus> => indexVendors(await loadVendors());

const cache = new StampedCache(vendorStamp, buildCorpus);

/** Every vendor with its text as a vector over the vendors' IDF, fresh as of this request. */
export const vendorCorpus = () => cache.get();
