import "server-only";
import { db } from "@/lib/db";
import { requireKnownTags } from "@/lib/domain/organizations/require-known-tags";

/**
 * A search's tag filters name tags of the taxonomy: an unknown slug (a typo, a made-up tag) is
 * refused on its parameter rather than answered with an empty list that looks like "no match".
 */
export function requireKnownFilterTags(filters: {
  industry: string[];
  capability: string[];
}): Promise<void> {
  return requireKnownTags(db, [
    { field: "industry", kind: "INDUSTRY", slugs: filters.industry },
    { field: "capability", kind: "CAPABILITY", slugs: filters.capability },
  ]);
}
