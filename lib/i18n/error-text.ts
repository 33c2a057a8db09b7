import { parseErrorKey } from "./field-error";

/** A translator over the whole catalog: next-intl's, asked for no namespace. */
interface CatalogTranslator {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
}

/** The namespaces an error key (`tooLong?max=200`) is looked up in, in this order. */
export const ERROR_NAMESPACES = ["validation", "errors"] as const;

/** A validation or domain error key as text in the translator's language. */
export function errorText(t: CatalogTranslator, raw: string): string {
  const { key, params } = parseErrorKey(raw);
  for (const namespace of ERROR_NAMESPACES) {
    if (t.has(`${namespace}.${key}`)) return t(`${namespace}.${key}`, params);
  }
  return t("errors.unexpected");
}
