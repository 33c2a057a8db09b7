import "server-only";
import { hanBigrams } from "./han-bigrams";
import { indexTokens } from "./segmenter";

/** PostgreSQL's weights, highest first: A title/name, B summary, C body text, D tag labels. */
export const SEARCH_WEIGHTS = ["A", "B", "C", "D"] as const;
export type SearchWeight = (typeof SEARCH_WEIGHTS)[number];

/** The texts of a row to index, by weight. Empty and missing texts are skipped. */
export type SearchDocument = Record<SearchWeight, (string | null | undefined)[]>;

/** The index is for finding, not archiving: each text is indexed up to this many characters. */
const MAX_INDEXED_CHARACTERS = 20_000;

const indexedTexts = (texts: (string | null | undefined)[]) =>
  texts
    .filter((text): text is string => Boolean(text))
    .map((text) => text.slice(0, MAX_INDEXED_CHARACTERS));

/**
 * The `searchText` stored with a row, from which PostgreSQL builds its two vectors with the
 * `simple` configuration (which keeps tokens as they are): lines 1 to 4 hold the jieba words of
 * weights A to D (`searchVector`, matched and ranked); line 5 holds every distinct Han bigram of
 * all the texts (`searchBigrams`, matched only, so it may be large without slowing ranking).
 */
export function searchText(document: SearchDocument): string {
  const words = SEARCH_WEIGHTS.map((weight) =>
    indexedTexts(document[weight]).flatMap(indexTokens).join(" "),
  );
  const bigrams = new Set(
    SEARCH_WEIGHTS.flatMap((w) => indexedTexts(document[w])).flatMap(hanBigrams),
  );
  return [...words, [...bigrams].join(" ")].join("\n");
}
