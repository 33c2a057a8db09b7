import type { Locale } from "@/lib/i18n/config";

// Making an Intl.NumberFormat costs far more than formatting with one (a search page formats
// dozens of budgets): one of each kind per locale, kept.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, kind: "compact" | "exact"): Intl.NumberFormat {
  const key = `${kind}:${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      kind === "compact"
        ? { notation: "compact", maximumFractionDigits: 2 }
        : { maximumFractionDigits: 0 },
    );
    formats.set(key, format);
  }
  return format;
}

/** 3000000 → "300万元" (zh-CN) or "CNY 3M" (en): compact, as procurement notices write budgets. */
export function formatCny(amount: number, locale: Locale): string {
  const compact = numberFormat(locale, "compact").format(amount);
  return locale === "en" ? `CNY ${compact}` : `${compact}元`;
}

/** 5600000 → "5,600,000 元" (zh-CN) or "CNY 5,600,000" (en): exact, as a price is quoted. */
export function formatCnyExact(amount: number, locale: Locale): string {
  const exact = numberFormat(locale, "exact").format(amount);
  return locale === "en" ? `CNY ${exact}` : `${exact} 元`;
}
