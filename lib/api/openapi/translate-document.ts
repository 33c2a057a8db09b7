import "server-only";
import type { ApiTranslator } from "../locale";

/** Keys whose "@"-marked values are message keys (plain values pass through untouched). */
const TRANSLATED = new Set(["title", "summary", "description"]);

/** A copy of the document with every "@key" title, summary and description in the reader's language. */
export function translateDocument<T>(node: T, t: ApiTranslator): T {
  if (Array.isArray(node)) return node.map((item) => translateDocument(item, t)) as T;
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      TRANSLATED.has(key) && typeof value === "string" && value.startsWith("@")
        ? t(value.slice(1))
        : translateDocument(value, t),
    ]),
  ) as T;
}
