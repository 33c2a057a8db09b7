import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messages } from "@/messages";
import { defaultLocale, displayTimeZone, isLocale, localeCookieName } from "./config";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  return { locale, timeZone: displayTimeZone, messages: messages[locale] };
});
