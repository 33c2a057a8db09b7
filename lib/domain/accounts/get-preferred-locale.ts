import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isLocale, type Locale } from "@/lib/i18n/config";

/** The language a signed-in user chose in their account; null for visitors. */
export async function getPreferredLocale(actor: Actor): Promise<Locale | null> {
  if (actor.kind !== "user") return null;
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : null;
}
