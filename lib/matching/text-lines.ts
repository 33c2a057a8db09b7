// Which lines of a row's searchText (lib/search/search-document.ts: A, B, C, D, bigrams) the
// text relevance compares: a vendor's description and case studies (its name says little of
// what it does; tag labels are counted by the tag signals already), a requirement's title,
// summary and body texts.
export const VENDOR_TEXT_LINES = [2, 3] as const;
export const REQUIREMENT_TEXT_LINES = [1, 2, 3] as const;

export function wordsOfSearchText(searchText: string, lines: readonly number[]): string[] {
  const all = searchText.split("\n");
  return lines.flatMap((line) => (all[line - 1] ?? "").split(" "));
}
