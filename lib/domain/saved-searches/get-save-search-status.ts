import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { MAX_SAVED_SEARCHES } from "./save-search";
import { searchQuerySchema } from "./saved-search.schema";
import { savedSearchQuery, savedSearchState, type SavedSearchState } from "./saved-search-state";
import { findSameSearch } from "./same-search";

export type SaveSearchStatus =
  /** The search cannot be saved as it stands (the list shows why). */
  | { kind: "invalid" }
  | { kind: "saved"; id: string; name: string }
  | { kind: "full"; max: number }
  | { kind: "available"; state: SavedSearchState };

/** Whether the vendor member has saved the search `query` (a URL query string), or can. */
export async function getSaveSearchStatus(
  actor: Actor,
  input: { query: string },
): Promise<SaveSearchStatus> {
  const member = requireVendorMember(actor);
  const { query } = parseInput(searchQuerySchema, input);
  const state = validState(query);
  if (!state) return { kind: "invalid" };
  const saved = await db.savedSearch.findMany({
    where: { userId: member.userId },
    select: { id: true, name: true, query: true },
  });
  const same = findSameSearch(saved, savedSearchQuery(state));
  if (same) return { kind: "saved", id: same.id, name: same.name };
  if (saved.length >= MAX_SAVED_SEARCHES) return { kind: "full", max: MAX_SAVED_SEARCHES };
  return { kind: "available", state };
}

function validState(query: string): SavedSearchState | null {
  try {
    return savedSearchState(query);
  } catch (error) {
    if (error instanceof DomainError && error.code === "VALIDATION") return null;
    throw error;
  }
}
