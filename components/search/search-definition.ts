import { changedSearchHref, searchHref, type PagedSearchState } from "./url-state";

/** Where a search page lives and how its search state is written to the URL. */
export interface SearchUrls<State extends PagedSearchState> {
  path: string;
  toUrl: (state: State) => URLSearchParams;
  /** The sort a search gets when none is chosen (relevance needs search words). */
  defaultSort: (q?: string) => string;
}

/** What a search page searches, beyond its texts: its URLs, its form and its filters. */
export interface SearchDefinition<State extends PagedSearchState> extends SearchUrls<State> {
  /** The id of the page's search form (the search box and the sort, elsewhere, name it). */
  form: string;
  /** The parameters the page's filters have a control for (besides `q` and `sort`). */
  filterFields: string[];
  /** Filter values the URL leaves out because they are the defaults. */
  filterDefaults?: Record<string, string>;
  /** Searches to suggest under the search box. */
  examples: string[];
}

/** A link to the search `state` changed by `patch`, from its first page. */
export function changedHref<State extends PagedSearchState>(
  urls: SearchUrls<State>,
  state: State,
  patch: Partial<State>,
): string {
  return changedSearchHref(urls.path, state, patch, urls);
}

/** The pager's links: back to the first page (from a later one), and on to the next page. */
export function pagerHrefs<State extends PagedSearchState>(
  urls: SearchUrls<State>,
  state: State,
  nextCursor: string | null,
): { firstHref: string | null; nextHref: string | null } {
  return {
    firstHref: state.cursor ? changedHref(urls, state, {}) : null,
    nextHref: nextCursor
      ? searchHref(urls.path, urls.toUrl({ ...state, cursor: nextCursor }))
      : null,
  };
}
