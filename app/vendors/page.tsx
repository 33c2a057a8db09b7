import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import {
  defaultVendorSort,
  VENDOR_SORTS,
  vendorSearchUrlParams,
  type VendorSearchParams,
} from "@/lib/domain/organizations/search/search-vendors.schema";
import { VendorCard } from "@/components/organizations/vendor-card";
import { VENDOR_FILTER_FIELDS, VendorFilters } from "@/components/organizations/vendor-filters";
import { ActiveFilters } from "@/components/search/active-filters";
import { EmptyResults } from "@/components/search/empty-results";
import { commonFilterChips } from "@/components/search/filter-chips";
import { FilterPanel } from "@/components/search/filter-panel";
import { InvalidParamsNotice } from "@/components/search/invalid-params-notice";
import { ResultPager } from "@/components/search/result-pager";
import { ResultsHeader } from "@/components/search/results-header";
import { searchIgnoringInvalid } from "@/components/search/run-search";
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

const FORM = "vendor-search";
const EXAMPLES = ["大模型", "风电功率预测", "OCR", "digital twin"];
const SORTS = VENDOR_SORTS.filter((sort) => sort !== "relevance");

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vendors");
  return { title: t("title") };
}

/** The public vendor directory: search, filters and sort, all held by the URL. */
export default async function VendorDirectoryPage({ searchParams }: PageProps<"/vendors">) {
  const raw = await searchParams;
  const actor = await currentActor();
  const [t, { page, fieldErrors }] = await Promise.all([
    getTranslations("vendors"),
    searchIgnoringInvalid((input) => searchVendors(actor, input), raw),
  ]);
  const { params } = page;
  const hrefWith = (patch: Partial<VendorSearchParams>) =>
    changedSearchHref("/vendors", params, patch, {
      toUrl: vendorSearchUrlParams,
      defaultSort: defaultVendorSort,
    });
  const chips = await commonFilterChips(params, hrefWith, t("verifiedOnly"));
  const filterCount = chips.filter((chip) => chip.key !== "q").length;
  // Remounts the controls when the URL changes, so that back and links show its state.
  const formKey = toSearchParams(raw).toString();

  return (
    <SearchPageLayout
      resultsLabel="results-title"
      banner={
        <SearchBanner title={t("title")} text={t("intro")}>
          <SearchBox
            key={formKey}
            form={FORM}
            label={t("searchLabel")}
            placeholder={t("searchPlaceholder")}
            value={rawText(raw, "q")}
            examples={EXAMPLES.map((q) => ({
              text: q,
              href: searchHref("/vendors", new URLSearchParams({ q })),
            }))}
          />
        </SearchBanner>
      }
      filters={
        <FilterPanel
          key={formKey}
          form={FORM}
          action="/vendors"
          label={t("filtersLabel")}
          activeCount={filterCount}
          open={Object.keys(fieldErrors).length > 0}
        >
          <VendorFilters form={FORM} raw={raw} params={params} errors={fieldErrors} />
        </FilterPanel>
      }
    >
      <InvalidParamsNotice errors={fieldErrors} fields={VENDOR_FILTER_FIELDS} />
      <ResultsHeader
        id="results-title"
        query={params.q}
        title={chips.length ? t("filteredTitle") : t("allTitle")}
        count={page.total > 0 ? t("count", { total: page.total }) : undefined}
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
      <ActiveFilters chips={chips} clearHref="/vendors" />
      {page.items.length === 0 ? (
        <EmptyResults
          title={params.q ? t("emptyForQuery", { q: params.q }) : t("emptyTitle")}
          hasQuery={Boolean(params.q)}
          hasFilters={filterCount > 0}
          clearHref="/vendors"
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {page.items.map((vendor) => (
            <li key={vendor.id}>
              <VendorCard vendor={vendor} />
            </li>
          ))}
        </ul>
      )}
      <ResultPager
        firstHref={params.cursor ? hrefWith({}) : null}
        nextHref={
          page.nextCursor
            ? searchHref("/vendors", vendorSearchUrlParams({ ...params, cursor: page.nextCursor }))
            : null
        }
      />
    </SearchPageLayout>
  );
}
