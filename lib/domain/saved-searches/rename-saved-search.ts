import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { parseInput } from "@/lib/validation/parse-input";
import { updateOwnSavedSearch } from "./own-saved-search";
import { renameSavedSearchSchema, type RenameSavedSearchInput } from "./saved-search.schema";

/** A vendor member renames one of their saved searches. */
export async function renameSavedSearch(
  actor: Actor,
  input: RenameSavedSearchInput,
): Promise<void> {
  const member = requireVendorMember(actor);
  const { id, name } = parseInput(renameSavedSearchSchema, input);
  await updateOwnSavedSearch(member.userId, id, { name });
}
