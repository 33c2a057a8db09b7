import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, displayTimeZone, isLocale, localeCookieName } from "./config";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  return {
    locale,
    timeZone: displayTimeZone,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
