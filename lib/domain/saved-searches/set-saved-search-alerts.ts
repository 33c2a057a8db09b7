import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { parseInput } from "@/lib/validation/parse-input";
import { updateOwnSavedSearch } from "./own-saved-search";
import { setSavedSearchAlertsSchema, type SetSavedSearchAlertsInput } from "./saved-search.schema";

/** A vendor member turns alerts about new matching requirements on or off for a saved search. */
export async function setSavedSearchAlerts(
  actor: Actor,
  input: SetSavedSearchAlertsInput,
): Promise<void> {
  const member = requireVendorMember(actor);
  const { id, alertsEnabled } = parseInput(setSavedSearchAlertsSchema, input);
  await updateOwnSavedSearch(member.userId, id, { alertsEnabled });
}
