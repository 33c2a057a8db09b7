import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { getMarketplaceStats } from "@/lib/domain/marketplace/get-marketplace-stats";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import {
  defaultRequirementSort,
  REQUIREMENT_SORTS,
  requirementSearchUrlParams,
  type RequirementSearchParams,
} from "@/lib/domain/requirements/search/search-requirements.schema";
import { RequirementCard } from "@/components/requirements/requirement-card";
import { ActiveFilters } from "@/components/search/active-filters";
import { EmptyResults } from "@/components/search/empty-results";
import { FilterPanel } from "@/components/search/filter-panel";
import { InvalidParamsNotice } from "@/components/search/invalid-params-notice";
import { MarketplaceStats } from "@/components/search/marketplace-stats";
import { requirementFilterChips } from "@/components/search/requirement-filter-chips";
import {
  REQUIREMENT_FILTER_FIELDS,
  RequirementSearchFilters,
} from "@/components/search/requirement-search-filters";
import { ResultPager } from "@/components/search/result-pager";
import { ResultsHeader } from "@/components/search/results-header";
import { searchIgnoringInvalid } from "@/components/search/run-search";
import { SaveSearchForm } from "@/components/vendor-tools/save-search-form";
import { SearchBanner } from "@/components/search/search-banner";
import { SearchBox } from "@/components/search/search-box";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import {
  changedSearchHref,
  rawText,
  searchHref,
  toSearchParams,
} from "@/components/search/url-state";

const FORM = "requirement-search";
const EXAMPLES = ["负荷预测", "缺陷识别", "大模型", "load forecasting"];
const SORTS = REQUIREMENT_SORTS.filter((sort) => sort !== "relevance");

/** How many requirements match, as far as this page tells (the search does not count them). */
function countText(
  t: Awaited<ReturnType<typeof getTranslations<"home">>>,
  page: { shown: number; more: boolean; later: boolean; total?: number },
): string | undefined {
  if (page.later || page.shown === 0) return undefined;
  if (page.total !== undefined) return t("countExact", { count: page.total });
  return page.more
    ? t("countAtLeast", { count: page.shown })
    : t("countExact", { count: page.shown });
}

/** The requirement list: search, filters and sort, all held by the URL. */
export default async function HomePage({ searchParams }: PageProps<"/">) {
  const raw = await searchParams;
  const actor = await currentActor();
  const [t, { page, fieldErrors }, stats] = await Promise.all([
    getTranslations("home"),
    searchIgnoringInvalid((input) => searchRequirements(actor, input), raw),
    getMarketplaceStats(actor),
  ]);
  const { params } = page;
  const hrefWith = (patch: Partial<RequirementSearchParams>) =>
    changedSearchHref("/", params, patch, {
      toUrl: requirementSearchUrlParams,
      defaultSort: defaultRequirementSort,
    });
  const chips = await requirementFilterChips(params, hrefWith);
  const filterCount = chips.filter((chip) => chip.key !== "q").length;
  // Remounts the controls when the URL changes, so that back and links show its state.
  const formKey = toSearchParams(raw).toString();
  const count = countText(t, {
    shown: page.items.length,
    more: Boolean(page.nextCursor),
    later: Boolean(params.cursor),
    // Without filters, the open requirements are counted already (the figure in the banner).
    total: chips.length === 0 ? stats.openRequirements : undefined,
  });

  return (
    <SearchPageLayout
      resultsLabel="results-title"
      banner={
        <SearchBanner
          title={t("heroTitle")}
          text={t("heroText")}
          aside={<MarketplaceStats stats={stats} />}
        >
          <SearchBox
            key={formKey}
            form={FORM}
            label={t("searchLabel")}
            placeholder={t("searchPlaceholder")}
            value={rawText(raw, "q")}
            examples={EXAMPLES.map((q) => ({
              text: q,
              href: searchHref("/", new URLSearchParams({ q })),
            }))}
          />
        </SearchBanner>
      }
      filters={
        <FilterPanel
          key={formKey}
          form={FORM}
          action="/"
          label={t("filtersLabel")}
          defaults={{ state: "open" }}
          activeCount={filterCount}
          open={Object.keys(fieldErrors).length > 0}
        >
          <RequirementSearchFilters form={FORM} raw={raw} params={params} errors={fieldErrors} />
        </FilterPanel>
      }
    >
      <InvalidParamsNotice errors={fieldErrors} fields={REQUIREMENT_FILTER_FIELDS} />
      <ResultsHeader
        id="results-title"
        query={params.q}
        title={chips.length ? t("filteredTitle") : t("listTitle")}
        count={count}
        sort={
          <SortSelect
            key={formKey}
            form={FORM}
            value={rawText(raw, "sort")}
            errors={fieldErrors.sort}
            sorts={SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
          />
        }
      />
      <ActiveFilters chips={chips} clearHref="/" />
      {page.items.length === 0 ? (
        <EmptyResults
          title={
            params.q
              ? t("emptyForQuery", { q: params.q })
              : chips.length
                ? t("emptyTitle")
                : t("emptyOpen")
          }
          hasQuery={Boolean(params.q)}
          hasFilters={filterCount > 0}
          clearHref="/"
        >
          {chips.length === 0 && (
            <Link
              href="/?state=all"
              className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            >
              {t("showAll")}
            </Link>
          )}
        </EmptyResults>
      ) : (
        <ul className="space-y-4">
          {page.items.map((requirement) => (
            <li key={requirement.id}>
              <RequirementCard requirement={requirement} />
            </li>
          ))}
        </ul>
      )}
      <ResultPager
        firstHref={params.cursor ? hrefWith({}) : null}
        nextHref={
          page.nextCursor
            ? searchHref("/", requirementSearchUrlParams({ ...params, cursor: page.nextCursor }))
            : null
        }
      />
      <SaveSearchForm
        query={requirementSearchUrlParams({ ...params, cursor: undefined }).toString()}
      />
    </SearchPageLayout>
  );
}
