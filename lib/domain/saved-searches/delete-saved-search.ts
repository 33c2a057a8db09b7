import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { parseInput } from "@/lib/validation/parse-input";
import { savedSearchNotFound } from "./own-saved-search";
import { savedSearchTargetSchema, type SavedSearchTarget } from "./saved-search.schema";

/** A vendor member deletes one of their saved searches (another user's is "not found"). */
export async function deleteSavedSearch(actor: Actor, input: SavedSearchTarget): Promise<void> {
  const member = requireVendorMember(actor);
  const { id } = parseInput(savedSearchTargetSchema, input);
  const { count } = await db.savedSearch.deleteMany({ where: { id, userId: member.userId } });
  if (count === 0) throw savedSearchNotFound();
}
