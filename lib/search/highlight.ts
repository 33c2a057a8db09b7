import { isSpacedWordCharacter, normalizeText } from "./normalize";
import type { QueryTerm } from "./search-query";

/** A piece of text and whether it matched the search. The UI renders these as text, never HTML. */
export interface TextSegment {
  text: string;
  match: boolean;
}

type Range = [start: number, end: number];

/**
 * The text normalized as the index is, with, for each of its code units, the offsets in the
 * original text of the character it came from (NFKC can change lengths).
 */
function normalizedWithOffsets(text: string) {
  let normalized = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of text) {
    const piece = normalizeText(character);
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(offset + character.length);
    }
    normalized += piece;
    offset += character.length;
  }
  return { normalized, starts, ends };
}

/** Where a term occurs in normalized text: Han anywhere, Latin words from a word start. */
function termRanges(normalized: string, term: QueryTerm): Range[] {
  const ranges: Range[] = [];
  for (
    let at = normalized.indexOf(term.text);
    at !== -1;
    at = normalized.indexOf(term.text, at + 1)
  ) {
    let end = at + term.text.length;
    if (!term.han) {
      if (isSpacedWordCharacter(normalized[at - 1])) continue;
      if (term.prefix) while (isSpacedWordCharacter(normalized[end])) end++;
      else if (isSpacedWordCharacter(normalized[end])) continue;
    }
    ranges.push([at, end]);
  }
  return ranges;
}

/** The matched ranges of `text` (in its own offsets), sorted and merged. */
export function matchRanges(text: string, terms: QueryTerm[]): Range[] {
  if (terms.length === 0) return []; // a list without a search: nothing to normalize
  const { normalized, starts, ends } = normalizedWithOffsets(text);
  const ranges = terms
    .flatMap((term) => termRanges(normalized, term))
    .map(([start, end]): Range => [starts[start]!, ends[end - 1]!])
    .sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function matchesAnyTerm(text: string, terms: QueryTerm[]): boolean {
  return matchRanges(text, terms).length > 0;
}

function segmentsOf(text: string, ranges: Range[], from = 0, to = text.length): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    const [s, e] = [Math.max(start, from), Math.min(end, to)];
    if (e <= s) continue;
    if (s > at) segments.push({ text: text.slice(at, s), match: false });
    segments.push({ text: text.slice(s, e), match: true });
    at = e;
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  return segments;
}

/** The whole text as segments, the matched terms marked. */
export function highlight(text: string, terms: QueryTerm[]): TextSegment[] {
  return segmentsOf(text, matchRanges(text, terms));
}

/** Moves an offset off the second half of a surrogate pair. */
const characterBoundary = (text: string, at: number) =>
  /[\uDC00-\uDFFF]/.test(text.charAt(at)) ? at - 1 : at;

/**
 * At most `length` characters of the text around its first match (its start when nothing
 * matches), with "…" where it was cut.
 */
export function highlightSnippet(text: string, terms: QueryTerm[], length = 120): TextSegment[] {
  const ranges = matchRanges(text, terms);
  if (text.length <= length) return segmentsOf(text, ranges);
  const firstMatch = ranges[0]?.[0] ?? 0;
  const from = characterBoundary(
    text,
    Math.max(0, Math.min(firstMatch - Math.floor(length / 4), text.length - length)),
  );
  const to = characterBoundary(text, Math.min(text.length, from + length));
  const ellipsis: TextSegment = { text: "…", match: false };
  return [
    ...(from > 0 ? [ellipsis] : []),
    ...segmentsOf(text, ranges, from, to),
    ...(to < text.length ? [ellipsis] : []),
  ];
}
