import { getLocale, getTranslations } from "next-intl/server";
import { formatCny } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import type { RequirementSearchParams } from "@/lib/domain/requirements/search/search-requirements.schema";
import { commonFilterChips, rangeText, type FilterChip } from "./filter-chips";

/** Chips for every word and filter of a requirement search. */
export async function requirementFilterChips(
  params: RequirementSearchParams,
  hrefWith: (patch: Partial<RequirementSearchParams>) => string,
): Promise<FilterChip[]> {
  const [t, ts, locale] = await Promise.all([
    getTranslations("home"),
    getTranslations("search"),
    getLocale() as Promise<Locale>,
  ]);
  const chip = (
    key: string,
    field: string,
    value: string,
    patch: Partial<RequirementSearchParams>,
  ) => ({ key, label: ts("chipField", { field, value }), href: hrefWith(patch) });
  const money = (amount: number | undefined) =>
    amount === undefined ? undefined : formatCny(amount, locale);
  const hasBudget = params.budgetMin !== undefined || params.budgetMax !== undefined;
  const hasDeadline = Boolean(params.deadlineFrom || params.deadlineTo);
  return [
    ...(await commonFilterChips(params, hrefWith, t("verifiedOnly"))),
    ...(params.state === "open"
      ? []
      : [chip("state", t("state"), t(`states.${params.state}`), { state: "open" })]),
    ...(hasBudget
      ? [
          chip(
            "budget",
            t("budget"),
            await rangeText(money(params.budgetMin), money(params.budgetMax)),
            { budgetMin: undefined, budgetMax: undefined },
          ),
        ]
      : []),
    ...(hasDeadline
      ? [
          chip("deadline", t("deadline"), await rangeText(params.deadlineFrom, params.deadlineTo), {
            deadlineFrom: undefined,
            deadlineTo: undefined,
          }),
        ]
      : []),
  ];
}
