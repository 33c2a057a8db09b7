export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-CN";
/** The cookie next-intl and our language switch share. */
export const localeCookieName = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Every date the UI shows is in the enterprise users' time zone. */
export const displayTimeZone = "Asia/Shanghai";
