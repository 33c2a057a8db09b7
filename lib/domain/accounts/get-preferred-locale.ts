import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { signedInUserRow } from "./signed-in-user";

/** The language a signed-in user chose in their account; null for visitors. */
export async function getPreferredLocale(actor: Actor): Promise<Locale | null> {
  if (actor.kind !== "user") return null;
  const user = await signedInUserRow(actor.userId);
  return isLocale(user?.locale) ? user.locale : null;
}
