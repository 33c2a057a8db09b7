import "server-only";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { normalizeText, wordPieces } from "./normalize";

// PostgreSQL's parsers do not segment Chinese, so jieba does it here, with the dictionary it
// ships. Building the segmenter takes a quarter of a second: once per process, on first use
// (kept on globalThis so that reloading modules in development does not build it again).
const globalForJieba = globalThis as unknown as { zhipeiJieba?: Jieba };

function segmenter(): Jieba {
  return (globalForJieba.zhipeiJieba ??= Jieba.withDict(dict));
}

/**
 * The tokens a text is indexed under: jieba's search mode, which adds the shorter words inside
 * long ones ("人工智能" → 人工, 智能, 人工智能), so a search for either finds it.
 */
export function indexTokens(text: string): string[] {
  return segmenter().cutForSearch(normalizeText(text), true).flatMap(wordPieces);
}

/**
 * The words of a search in order, by jieba's precise mode (so that "人工智能" stays one word),
 * with `null` wherever something other than a letter or digit stood between two words.
 */
export function queryTokens(text: string): (string | null)[] {
  return segmenter()
    .cut(normalizeText(text), true)
    .flatMap((token) => {
      const pieces = wordPieces(token);
      return pieces.length === 1 && pieces[0] === token ? pieces : [null, ...pieces, null];
    });
}
