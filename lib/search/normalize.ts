// The one normalization both sides of the index share: what is indexed and what is searched for
// must be spelled the same way, or a word in the text would never match the same word typed.

const WORD_PIECE = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Longer pieces are not words anyone types (and PostgreSQL refuses lexemes over 2 KB). */
export const MAX_PIECE_LENGTH = 60;

/** Full-width letters and digits become ASCII (NFKC), Latin letters lower case. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * The searchable pieces of a segmenter token: its runs of letters and digits. Punctuation and
 * tsquery operators (`& | ! : * ( ) ' \ <->`) never survive, so a piece is always a plain lexeme.
 */
export function wordPieces(token: string): string[] {
  return (token.match(WORD_PIECE) ?? []).filter((piece) => piece.length <= MAX_PIECE_LENGTH);
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** A letter or digit of a word written with spaces (Latin, digits): not Han, not punctuation. */
export function isSpacedWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character) && !HAN.test(character);
}
