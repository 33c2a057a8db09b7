import type { Locale } from "@/lib/i18n/config";

/** 3000000 → "300万元" (zh-CN) or "CNY 3M" (en): compact, as procurement notices write budgets. */
export function formatCny(amount: number, locale: Locale): string {
  const compact = new Intl.NumberFormat(locale, {
    notation: "compact",
    maximumFractionDigits: 2,
  }).format(amount);
  return locale === "en" ? `CNY ${compact}` : `${compact}元`;
}
