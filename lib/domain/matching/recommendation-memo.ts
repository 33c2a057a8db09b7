import "server-only";
import { createHash } from "node:crypto";
import { openRequirementsValidity } from "@/lib/domain/requirements/count-open-requirements";
import type { DbNow } from "@/lib/domain/requirements/open-for-proposals";
import { SearchMemo } from "@/lib/search/search-memo";
import type { MatchableVendor } from "./load-vendors";

// A vendor's feed ranks every published requirement (30,000 at the benchmark's scale) for it.
// The ranking changes only with what it is computed from: the vendor as loaded (its profile,
// case studies and track record, all in the key), the requirements it may be shown (those it
// was invited to and those it dismissed, in the key), the published requirements (their stamp)
// and which of them are open (until the next deadline passes). So it is kept until one moves.

const memo = new SearchMemo();

/** What a vendor's ranking is computed from besides the published requirements and the clock. */
export interface FeedInputs {
  vendor: MatchableVendor;
  limit: number;
  invited: ReadonlySet<string>;
  dismissedIds: readonly string[];
}

function keyOf({ vendor, limit, invited, dismissedIds }: FeedInputs): string {
  const inputs = [
    vendor.facts,
    [...vendor.terms],
    limit,
    [...invited].sort(),
    [...dismissedIds].sort(),
  ];
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url");
}

/** `rank()`'s answer for these inputs at `now`, computed again once any of them moved. */
export async function rememberedFeed<T>(
  inputs: FeedInputs,
  now: DbNow,
  rank: () => Promise<T>,
): Promise<T> {
  return memo.remember(keyOf(inputs), await openRequirementsValidity(now), rank);
}
