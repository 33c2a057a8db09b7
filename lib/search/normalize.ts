// The one normalization both sides of the index share: what is indexed and what is searched for
// must be spelled the same way, or a word in the text would never match the same word typed.

const WORD_PIECE = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Longer pieces are kept as their first this many characters (PostgreSQL refuses lexemes over
 * 2 KB), on both sides of the index: a long word in a text is found by typing it, and a long word
 * typed is searched for as its beginning (a Latin word of 3+ letters matches as a prefix).
 */
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
  return (token.match(WORD_PIECE) ?? []).map(cutPiece);
}

/** A piece as indexed: its first MAX_PIECE_LENGTH characters. */
function cutPiece(piece: string): string {
  const characters = [...piece];
  return characters.length > MAX_PIECE_LENGTH
    ? characters.slice(0, MAX_PIECE_LENGTH).join("")
    : piece;
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/** A letter or digit of a word written with spaces (Latin, digits): not Han, not punctuation. */
export function isSpacedWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character) && !HAN.test(character);
}
