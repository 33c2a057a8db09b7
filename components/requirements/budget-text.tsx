import { getLocale, getTranslations } from "next-intl/server";
import { formatCny } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";

export async function BudgetText({ min, max }: { min: number | null; max: number | null }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("requirement")]);
  const money = (amount: number) => formatCny(amount, locale as Locale);
  if (min !== null && max !== null)
    return <>{t("budgetRange", { min: money(min), max: money(max) })}</>;
  if (min !== null) return <>{t("budgetFrom", { min: money(min) })}</>;
  if (max !== null) return <>{t("budgetUpTo", { max: money(max) })}</>;
  return <>{t("budgetOpen")}</>;
}
