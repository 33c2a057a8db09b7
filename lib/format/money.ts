import type { Locale } from "@/lib/i18n/config";

/** 3000000 → "300万元" (zh-CN) or "CNY 3M" (en): compact, as procurement notices write budgets. */
export function formatCny(amount: number, locale: Locale): string {
  const compact = new Intl.NumberFormat(locale, {
    notation: "compact",
    maximumFractionDigits: 2,
  }).format(amount);
  return locale === "en" ? `CNY ${compact}` : `${compact}元`;
}

/** 5600000 → "5,600,000 元" (zh-CN) or "CNY 5,600,000" (en): exact, as a price is quoted. */
export function formatCnyExact(amount: number, locale: Locale): string {
  const exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
  return locale === "en" ? `CNY ${exact}` : `${exact} 元`;
}
