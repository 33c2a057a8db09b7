import "server-only";
import { isHan } from "./normalize";
import { indexTokens, queryTokens } from "./segmenter";

/** One word of a search, normalized as the index is: all Han, or no Han at all. */
export interface QueryTerm {
  text: string;
  han: boolean;
  /** Latin words of 3+ letters match as prefixes: "forecast" finds "forecasting". */
  prefix: boolean;
}

/** A search as terms (for highlighting) and as `to_tsquery('simple', …)` texts. */
export interface SearchQuery {
  terms: QueryTerm[];
  /** Every non-Han term, against the word vector; null when there is none. */
  wordQuery: string | null;
  /** Every Han term as its bigrams, against the bigram vector; null when there is none. */
  bigramQuery: string | null;
  /** Any term as a word, to rank matches by the word vector; null when nothing to search. */
  rankQuery: string | null;
  /** Every term as a whole word in the title (weight A): such rows rank first. */
  titleQuery: string | null;
  /** `titleQuery` without weights, for the index on the titles' own words. */
  titleWordsQuery: string | null;
  /** Every term as a whole word in the title or the tags (weights A, D): such rows rank next. */
  titleOrTagQuery: string | null;
  /** Words typed beyond the MAX_TERMS searched, so the page can say they were not searched. */
  unsearched: string[];
  /**
   * Every term is one Han character: it matches nearly every text (any bigram it starts), so
   * there is little to rank, and ranking would read nearly every row (relevance-sort.ts).
   */
  broad: boolean;
}

/** More than this is not a search anyone types (the search box takes no more). */
export const MAX_QUERY_CHARACTERS = 200;
/** Words searched for; those after them are named as unsearched (`SearchQuery.unsearched`). */
export const MAX_TERMS = 12;
const MIN_PREFIX_LENGTH = 3;

/** Single characters that only join words: a search for "电网的故障" looks for 电网 and 故障. */
const FUNCTION_CHARACTERS = new Set([
  ..."的地得了着过和与及或并而且在是为对于把被之其等也都就从向以由将让",
]);

const characterCount = (text: string) => [...text].length;

/** A token as pieces that are all Han or all not ("t恤" → t, 恤), and null between tokens. */
function scriptPieces(tokens: (string | null)[]): (string | null)[] {
  return tokens.flatMap((token) =>
    token === null ? [null] : (token.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []),
  );
}

/**
 * Words of the search. jieba splits what its dictionary lacks into single characters
 * ("电能量" → 电 / 能量); a lone character would find far too much, so it is joined to the next
 * word of the same run of Han text (or the previous one at the run's end) and found as that
 * longer string. Function characters between words are dropped.
 */
function searchWords(tokens: (string | null)[]): string[] {
  const words: string[] = [];
  let pending = "";
  let runStart = 0;
  const endRun = () => {
    if (pending && words.length > runStart) words[words.length - 1] += pending;
    else if (pending) words.push(pending);
    pending = "";
    runStart = words.length;
  };
  for (const token of tokens) {
    if (token === null || !isHan(token)) {
      endRun();
      if (token !== null) words.push(token);
      runStart = words.length;
    } else if (FUNCTION_CHARACTERS.has(token)) {
      endRun();
    } else if (characterCount(token) === 1) {
      pending += token;
    } else {
      words.push(pending + token);
      pending = "";
    }
  }
  endRun();
  return words;
}

function toTerm(text: string): QueryTerm {
  const han = isHan(text);
  return { text, han, prefix: !han && text.length >= MIN_PREFIX_LENGTH };
}

const lexeme = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** Weights of the word vector a matcher may be limited to: the title, or the title and tags. */
type Weights = "A" | "AD";

/**
 * A word as the word vector holds it: Latin words of 3+ letters as prefixes; with `weight`,
 * only where the word has that weight (`'x':A`, `'x':*AD`).
 */
function wordMatcher(term: QueryTerm, weight?: Weights): string {
  const label = `${term.prefix ? "*" : ""}${weight ?? ""}`;
  return label ? `${lexeme(term.text)}:${label}` : lexeme(term.text);
}

/**
 * A Han word as the bigram vector holds it: all of its bigrams (a substring test, up to the
 * rare text that has every bigram but not in a row), or, for one character, any bigram it
 * starts (every character of the text starts one).
 */
function bigramMatcher(term: QueryTerm): string {
  const characters = [...term.text];
  if (characters.length === 1) return `${lexeme(term.text)}:*`;
  const bigrams = characters.slice(1).map((character, i) => lexeme(characters[i]! + character));
  return bigrams.length === 1 ? bigrams[0]! : `(${bigrams.join(" & ")})`;
}

/**
 * What ranks a row: each term as a word, and a Han term's own shorter words too (as jieba's
 * search mode indexes them), so a row found through bigrams ("电能量" in text segmented
 * 电 / 能量) still ranks by the words it shares with the search (能量).
 */
function rankMatchers(terms: QueryTerm[]): string[] {
  const words = terms.flatMap((term) =>
    term.han
      ? [
          term,
          ...indexTokens(term.text)
            .filter((w) => characterCount(w) > 1)
            .map(toTerm),
        ]
      : [term],
  );
  return [...new Set(words.map((word) => wordMatcher(word)))];
}

/**
 * A term as a whole word (at `weight`, if given): the word itself, or, for a Han string jieba
 * cuts into several words ("电能量" → 电 / 能量), every one of them. Part of a term is not
 * enough: "产量预测" in a title is not a title match for 负荷预测 (terms 负荷, 预测) when 负荷
 * is missing, nor is "能量" one for 电能量.
 */
function wholeWordMatcher(term: QueryTerm, weight?: Weights): string {
  const word = wordMatcher(term, weight);
  if (!term.han) return word;
  const pieces = [...new Set(indexTokens(term.text))].filter((piece) => piece !== term.text);
  if (pieces.length === 0) return word;
  const all = pieces.map((piece) => wordMatcher(toTerm(piece), weight)).join(" & ");
  return `(${word} | (${all}))`;
}

const joined = (parts: string[], operator: string) =>
  parts.length > 0 ? parts.join(` ${operator} `) : null;

/** Every term as a whole word, at `weight` if given. */
const wholeSearchQuery = (terms: QueryTerm[], weight?: Weights) =>
  joined(
    terms.map((term) => wholeWordMatcher(term, weight)),
    "&",
  );

/**
 * Every non-Han term against the word vector, each Latin prefix replaced by the words it stands
 * for where `words` has them (by prefix): the same rows, found by exact lookups of the index.
 */
function wordQueryOf(
  terms: QueryTerm[],
  words: ReadonlyMap<string, readonly string[]>,
): string | null {
  const matchers = terms
    .filter((term) => !term.han)
    .map((term) => {
      const expansion = term.prefix ? words.get(term.text) : undefined;
      return expansion?.length ? `(${expansion.map(lexeme).join(" | ")})` : wordMatcher(term);
    });
  return joined(matchers, "&");
}

/** `wordQuery` with its Latin prefixes matched as the written words of `words` (prefix-words.ts). */
export const expandedWordQuery = (
  query: SearchQuery,
  words: ReadonlyMap<string, readonly string[]>,
) => wordQueryOf(query.terms, words);

/**
 * A user's search, every term of which must match. The tsquery texts are built from letters and
 * digits only and are passed as parameters, so no user text can change their structure, let
 * alone the SQL around them.
 */
export function parseSearchQuery(text: string | undefined): SearchQuery {
  const tokens = scriptPieces(queryTokens((text ?? "").slice(0, MAX_QUERY_CHARACTERS)));
  const words = [...new Set(searchWords(tokens))];
  const terms = words.slice(0, MAX_TERMS).map(toTerm);
  return {
    terms,
    wordQuery: wordQueryOf(terms, new Map()),
    bigramQuery: joined(terms.filter((t) => t.han).map(bigramMatcher), "&"),
    rankQuery: joined(rankMatchers(terms), "|"),
    titleQuery: wholeSearchQuery(terms, "A"),
    titleWordsQuery: wholeSearchQuery(terms),
    titleOrTagQuery: wholeSearchQuery(terms, "AD"),
    unsearched: words.slice(MAX_TERMS),
    broad: terms.length > 0 && terms.every((term) => term.han && characterCount(term.text) === 1),
  };
}
