import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { MAX_SAVED_SEARCHES } from "./save-search";
import { readSavedSearchState, savedSearchHref } from "./saved-search-state";

/**
 * The vendor member's saved searches, newest first, each with its state and the address of the
 * requirement list showing it (both null for a search the list no longer accepts).
 */
export async function listSavedSearches(actor: Actor) {
  const member = requireVendorMember(actor);
  const rows = await db.savedSearch.findMany({
    where: { userId: member.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, query: true, alertsEnabled: true, createdAt: true },
  });
  const items = rows.map(({ query, ...row }) => {
    const state = readSavedSearchState(query);
    return { ...row, state, href: state && savedSearchHref(state) };
  });
  return { items, max: MAX_SAVED_SEARCHES };
}

export type SavedSearchList = Awaited<ReturnType<typeof listSavedSearches>>;
export type SavedSearchItem = SavedSearchList["items"][number];
