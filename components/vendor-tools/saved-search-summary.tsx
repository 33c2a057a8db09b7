import { getLocale, getTranslations } from "next-intl/server";
import { defaultRequirementSort } from "@/lib/domain/requirements/search/search-requirements.schema";
import { getRegionName } from "@/components/i18n/data-names";
import type { SavedSearchState } from "@/lib/domain/saved-searches/saved-search-state";
import type { Locale } from "@/lib/i18n/config";
import { tagLabel } from "@/lib/taxonomy";
import { BudgetText } from "@/components/requirements/budget-text";

type Entry = { label: string; value: React.ReactNode };
type Translate = Awaited<ReturnType<typeof getTranslations<"vendorTools.summary">>>;

function deadlineText(t: Translate, from?: string, to?: string): string | null {
  if (from && to) return t("deadlineRange", { from, to });
  if (from) return t("deadlineFrom", { from });
  if (to) return t("deadlineTo", { to });
  return null;
}

/** The criteria of a search that differ from the plain list of open requirements. */
function summaryEntries(
  state: SavedSearchState,
  t: Translate,
  locale: Locale,
  regionName: (region: string) => string,
): Entry[] {
  const list = (values: string[]) => values.join(t("listSeparator"));
  const tags = (slugs: string[]) => list(slugs.map((slug) => tagLabel(slug, locale)));
  const deadline = deadlineText(t, state.deadlineFrom, state.deadlineTo);
  const hasBudget = state.budgetMin !== undefined || state.budgetMax !== undefined;
  const entries: (Entry | false)[] = [
    !!state.q && { label: t("q"), value: t("quoted", { q: state.q }) },
    state.industry.length > 0 && { label: t("industry"), value: tags(state.industry) },
    state.capability.length > 0 && { label: t("capability"), value: tags(state.capability) },
    state.region.length > 0 && { label: t("region"), value: list(state.region.map(regionName)) },
    hasBudget && {
      label: t("budget"),
      value: <BudgetText min={state.budgetMin ?? null} max={state.budgetMax ?? null} />,
    },
    !!deadline && { label: t("deadline"), value: deadline },
    state.state !== "open" && { label: t("state"), value: t(`states.${state.state}`) },
    state.verified && { label: t("verified"), value: t("verifiedOnly") },
    state.sort !== defaultRequirementSort(state.q) && {
      label: t("sort"),
      value: t(`sorts.${state.sort}`),
    },
  ];
  return entries.filter((entry) => entry !== false);
}

/** A saved search's criteria in words: keywords, tag labels, budget, deadline, status, order. */
export async function SavedSearchSummary({ state }: { state: SavedSearchState }) {
  const [t, locale, regionName] = await Promise.all([
    getTranslations("vendorTools.summary"),
    getLocale() as Promise<Locale>,
    getRegionName(),
  ]);
  const entries = summaryEntries(state, t, locale, regionName);
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("everything")}</p>;
  return (
    <dl aria-label={t("label")} className="flex flex-wrap gap-2 text-sm">
      {entries.map(({ label, value }) => (
        <div key={label} className="max-w-full rounded-md bg-slate-100 px-2.5 py-1 wrap-anywhere">
          <dt className="inline text-slate-600">{label}</dt>{" "}
          <dd className="inline text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
