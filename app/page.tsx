import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { getMarketplaceStats } from "@/lib/domain/marketplace/get-marketplace-stats";
import { countRequirements } from "@/lib/domain/requirements/search/count-requirements";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import {
  defaultRequirementSort,
  REQUIREMENT_SORTS,
  requirementSearchUrlParams,
  type RequirementSearchParams,
} from "@/lib/domain/requirements/search/search-requirements.schema";
import { RequirementCard } from "@/components/requirements/requirement-card";
import { MarketplaceStats } from "@/components/search/marketplace-stats";
import { countForPage } from "@/components/search/result-count-text";
import { ResultCount } from "@/components/search/result-count";
import { ResultList } from "@/components/search/result-list";
import { requirementFilterChips } from "@/components/search/requirement-filter-chips";
import {
  REQUIREMENT_FILTER_FIELDS,
  RequirementSearchFilters,
} from "@/components/search/requirement-search-filters";
import { searchIgnoringInvalid } from "@/components/search/run-search";
import { changedHref, type SearchDefinition } from "@/components/search/search-definition";
import { SearchPage } from "@/components/search/search-page";
import { SaveSearchForm } from "@/components/vendor-tools/save-search-form";

const SEARCH: SearchDefinition<RequirementSearchParams> = {
  path: "/",
  form: "requirement-search",
  toUrl: requirementSearchUrlParams,
  defaultSort: defaultRequirementSort,
  filterFields: REQUIREMENT_FILTER_FIELDS,
  filterDefaults: { state: "open" },
  examples: ["负荷预测", "缺陷识别", "大模型", "load forecasting"],
};
const SORTS = REQUIREMENT_SORTS.filter((sort) => sort !== "relevance");

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
  const chips = await requirementFilterChips(params, (patch) => changedHref(SEARCH, params, patch));

  return (
    <SearchPage
      search={SEARCH}
      raw={raw}
      page={page}
      fieldErrors={fieldErrors}
      chips={chips}
      banner={{
        title: t("heroTitle"),
        text: t("heroText"),
        aside: <MarketplaceStats stats={stats} />,
        searchLabel: t("searchLabel"),
        searchPlaceholder: t("searchPlaceholder"),
      }}
      filters={{
        label: t("filtersLabel"),
        controls: (
          <RequirementSearchFilters
            form={SEARCH.form}
            raw={raw}
            params={params}
            errors={fieldErrors}
          />
        ),
      }}
      results={{
        title: chips.length ? t("filteredTitle") : t("listTitle"),
        count: (
          <ResultCount
            count={countForPage(page, () =>
              countRequirements(actor, requirementSearchUrlParams(params)),
            )}
            text={(key, values) => t(key, values)}
          />
        ),
        sorts: SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) })),
        emptyTitle: params.q
          ? t("emptyForQuery", { q: params.q })
          : chips.length
            ? t("emptyTitle")
            : t("emptyOpen"),
        emptyHint: chips.length === 0 && (
          <Link
            href="/?state=all"
            className="mt-3 inline-block text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("showAll")}
          </Link>
        ),
      }}
      list={
        <ResultList
          items={page.items}
          className="space-y-4"
          render={(requirement) => <RequirementCard requirement={requirement} />}
        />
      }
      footer={
        <SaveSearchForm
          query={requirementSearchUrlParams({ ...params, cursor: undefined }).toString()}
        />
      }
    />
  );
}
