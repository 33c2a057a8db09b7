import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { countVendors } from "@/lib/domain/organizations/search/count-vendors";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import {
  defaultVendorSort,
  VENDOR_SORTS,
  vendorSearchUrlParams,
  type VendorSearchParams,
} from "@/lib/domain/organizations/search/search-vendors.schema";
import { VendorCard } from "@/components/organizations/vendor-card";
import { VENDOR_FILTER_FIELDS, VendorFilters } from "@/components/organizations/vendor-filters";
import { commonFilterChips } from "@/components/search/filter-chips";
import { countForPage } from "@/components/search/result-count-text";
import { ResultCount } from "@/components/search/result-count";
import { ResultList } from "@/components/search/result-list";
import { searchIgnoringInvalid } from "@/components/search/run-search";
import { changedHref, type SearchDefinition } from "@/components/search/search-definition";
import { SearchPage } from "@/components/search/search-page";

const SEARCH: SearchDefinition<VendorSearchParams> = {
  path: "/vendors",
  form: "vendor-search",
  toUrl: vendorSearchUrlParams,
  defaultSort: defaultVendorSort,
  filterFields: VENDOR_FILTER_FIELDS,
  examples: ["大模型", "风电功率预测", "OCR", "digital twin"],
};
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
  const chips = await commonFilterChips(
    params,
    (patch) => changedHref(SEARCH, params, patch),
    t("verifiedOnly"),
  );

  return (
    <SearchPage
      search={SEARCH}
      raw={raw}
      page={page}
      fieldErrors={fieldErrors}
      chips={chips}
      banner={{
        title: t("title"),
        text: t("intro"),
        searchLabel: t("searchLabel"),
        searchPlaceholder: t("searchPlaceholder"),
      }}
      filters={{
        label: t("filtersLabel"),
        controls: (
          <VendorFilters form={SEARCH.form} raw={raw} params={params} errors={fieldErrors} />
        ),
      }}
      results={{
        title: chips.length ? t("filteredTitle") : t("allTitle"),
        count: (
          <ResultCount
            count={countForPage(page, () => countVendors(actor, vendorSearchUrlParams(params)))}
            text={(key, values) => t(key, values)}
          />
        ),
        sorts: SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) })),
        emptyTitle: params.q ? t("emptyForQuery", { q: params.q }) : t("emptyTitle"),
      }}
      list={
        <ResultList
          items={page.items}
          className="grid gap-4 sm:grid-cols-2"
          render={(vendor) => <VendorCard vendor={vendor} />}
        />
      }
    />
  );
}
