import type { FieldErrors } from "@/lib/domain/errors";
import { ActiveFilters } from "./active-filters";
import { EmptyResults } from "./empty-results";
import type { FilterChip } from "./filter-chips";
import { FilterPanel } from "./filter-panel";
import { InvalidParamsNotice } from "./invalid-params-notice";
import { ResultPager } from "./result-pager";
import { ResultsHeader } from "./results-header";
import { SearchBanner } from "./search-banner";
import { SearchBox } from "./search-box";
import { pagerHrefs, type SearchDefinition } from "./search-definition";
import { SearchPageLayout } from "./search-page-layout";
import type { FilterOption } from "./select-filter";
import { SortSelect } from "./sort-select";
import { rawText, searchHref, type PagedSearchState, type RawSearchParams } from "./url-state";
import { toSearchParams } from "@/lib/http/url-params";

const RESULTS_TITLE = "results-title";

/**
 * A search page put together from the URL (`raw`, wrong values too) and the search run on it
 * (`page`, `fieldErrors`): the banner with the search box, the filters, and the results with
 * their count, sort, chips and pager, or what to try when nothing matched.
 */
export async function SearchPage<State extends PagedSearchState>({
  search,
  raw,
  page,
  fieldErrors,
  chips,
  banner,
  filters,
  results,
  list,
  footer,
}: {
  search: SearchDefinition<State>;
  raw: RawSearchParams;
  page: { params: State; nextCursor: string | null; items: unknown[] };
  fieldErrors: FieldErrors;
  chips: FilterChip[];
  banner: {
    title: string;
    text: string;
    aside?: React.ReactNode;
    searchLabel: string;
    searchPlaceholder: string;
  };
  /** The filter panel's label and its controls. */
  filters: { label: string; controls: React.ReactNode };
  results: {
    /** The title without search words. */
    title: string;
    count?: React.ReactNode;
    sorts: FilterOption[];
    emptyTitle: string;
    /** Anything else to suggest when nothing matched. */
    emptyHint?: React.ReactNode;
  };
  /** The results (shown when the page has items; otherwise the empty state). */
  list: React.ReactNode;
  /** Under the pager. */
  footer?: React.ReactNode;
}) {
  const { params } = page;
  const { path, form } = search;
  const filterCount = chips.filter((chip) => chip.key !== "q").length;
  // Remounts the controls when the URL changes, so that back and links show its state.
  const formKey = toSearchParams(raw).toString();
  return (
    <SearchPageLayout
      resultsLabel={RESULTS_TITLE}
      banner={
        <SearchBanner title={banner.title} text={banner.text} aside={banner.aside}>
          <SearchBox
            key={formKey}
            form={form}
            label={banner.searchLabel}
            placeholder={banner.searchPlaceholder}
            value={rawText(raw, "q")}
            examples={search.examples.map((q) => ({
              text: q,
              href: searchHref(path, new URLSearchParams({ q })),
            }))}
          />
        </SearchBanner>
      }
      filters={
        <FilterPanel
          key={formKey}
          form={form}
          action={path}
          label={filters.label}
          defaults={search.filterDefaults}
          activeCount={filterCount}
          open={Object.keys(fieldErrors).length > 0}
        >
          {filters.controls}
        </FilterPanel>
      }
    >
      <InvalidParamsNotice errors={fieldErrors} fields={search.filterFields} />
      <ResultsHeader
        id={RESULTS_TITLE}
        query={params.q}
        title={results.title}
        count={results.count}
        sort={
          <SortSelect
            key={formKey}
            form={form}
            value={rawText(raw, "sort")}
            errors={fieldErrors.sort}
            sorts={results.sorts}
          />
        }
      />
      <ActiveFilters chips={chips} clearHref={path} />
      {page.items.length > 0 ? (
        list
      ) : (
        <EmptyResults
          title={results.emptyTitle}
          hasQuery={Boolean(params.q)}
          hasFilters={filterCount > 0}
          clearHref={path}
        >
          {results.emptyHint}
        </EmptyResults>
      )}
      <ResultPager {...pagerHrefs(search, params, page.nextCursor)} />
      {footer}
    </SearchPageLayout>
  );
}
