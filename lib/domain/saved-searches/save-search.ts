import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { saveSearchSchema, type SaveSearchInput } from "./saved-search.schema";
import { savedSearchJson, savedSearchQuery, savedSearchState } from "./saved-search-state";
import { findSameSearch } from "./same-search";

/** Enough to follow every line of business a vendor pursues; more would flood them with alerts. */
export const MAX_SAVED_SEARCHES = 20;

export interface SavedSearchResult {
  id: string;
  name: string;
  /** False when the same search was saved before: that entry took the new name. */
  created: boolean;
}

/**
 * A vendor member saves the requirement search `query` (a URL query string) under a name, with
 * alerts on. Saving the same search again (same filters, in any order) renames the entry already
 * there instead of adding a twin, so it never counts twice against the limit. Not audited:
 * saved searches are private.
 */
export async function saveSearch(actor: Actor, input: SaveSearchInput): Promise<SavedSearchResult> {
  const member = requireVendorMember(actor);
  const { name, query } = parseInput(saveSearchSchema, input);
  const state = savedSearchState(query);
  return db.$transaction(async (tx) => {
    // Serialises one user's saves, so that two at once can neither both pass the limit nor
    // both add the same search.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${member.userId} FOR UPDATE`;
    const saved = await tx.savedSearch.findMany({
      where: { userId: member.userId },
      select: { id: true, query: true },
    });
    const same = findSameSearch(saved, savedSearchQuery(state));
    if (same) {
      await tx.savedSearch.update({ where: { id: same.id }, data: { name } });
      return { id: same.id, name, created: false };
    }
    if (saved.length >= MAX_SAVED_SEARCHES)
      throw new DomainError("CONFLICT", "savedSearchLimit", {
        params: { max: MAX_SAVED_SEARCHES },
      });
    const created = await tx.savedSearch.create({
      data: { userId: member.userId, name, query: savedSearchJson(state) },
      select: { id: true },
    });
    return { id: created.id, name, created: true };
  });
}
