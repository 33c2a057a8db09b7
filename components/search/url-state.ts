/** A page's `searchParams` as Next passes them. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** What the URL says for a field, as typed (the form shows it even when it is invalid). */
export function rawText(raw: RawSearchParams, name: string): string {
  return [raw[name] ?? []].flat()[0]?.trim() ?? "";
}

/** Every value the URL gives a list field, repeated or comma-separated, as the schemas read it. */
export function rawList(raw: RawSearchParams, name: string): string[] {
  const values = [raw[name] ?? []].flat().flatMap((value) => value.split(","));
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/** `path` with the query, or `path` alone when there is none. */
export function searchHref(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export interface PagedSearchState {
  q?: string;
  sort: string;
  cursor?: string;
}

/**
 * A link to a search state changed by `patch`, from the first page. A sort that was only the
 * default for the old words becomes the default for the new ones (relevance needs words).
 */
export function changedSearchHref<State extends PagedSearchState>(
  path: string,
  state: State,
  patch: Partial<State>,
  {
    toUrl,
    defaultSort,
  }: { toUrl: (s: State) => URLSearchParams; defaultSort: (q?: string) => string },
): string {
  const next: State = { ...state, cursor: undefined, ...patch };
  if (state.sort === defaultSort(state.q) && !("sort" in patch)) next.sort = defaultSort(next.q);
  return searchHref(path, toUrl(next));
}
