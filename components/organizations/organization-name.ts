import type { Locale } from "@/lib/i18n/config";

/** The name to show: the English name in the English UI when there is one. */
export function displayName(org: { name: string; nameEn: string | null }, locale: Locale): string {
  return locale === "en" && org.nameEn ? org.nameEn : org.name;
}
