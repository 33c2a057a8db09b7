import "server-only";
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messages } from "@/messages";
import { currentActor } from "@/lib/auth/current-actor";
import { getPreferredLocale } from "@/lib/domain/accounts/get-preferred-locale";
import { defaultLocale, displayTimeZone, isLocale, localeCookieName, type Locale } from "./config";

// The browser's choice (the language switch) first; without one, a signed-in user's preferred
// language from their account; otherwise Chinese.
async function requestLocale(): Promise<Locale> {
  const stored = (await cookies()).get(localeCookieName)?.value;
  if (isLocale(stored)) return stored;
  return (await getPreferredLocale(await currentActor())) ?? defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, timeZone: displayTimeZone, messages: messages[locale] };
});
