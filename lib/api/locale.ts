import "server-only";
import { createTranslator } from "next-intl";
import { messages } from "@/messages";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { parseErrorKey } from "@/lib/i18n/field-error";

/** The API's language from Accept-Language (Chinese unless the client prefers English). */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...options] = part.trim().toLowerCase().split(";");
      const q = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((range) => range.tag && range.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranges) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return defaultLocale;
}

/** A translator over every namespace; keys are plain strings (the API builds them from codes). */
export interface ApiTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** Texts of every namespace in `locale`, as the pages read them. */
export function apiTranslator(locale: Locale): ApiTranslator {
  const t = createTranslator({ locale, messages: messages[locale] });
  return Object.assign(
    (key: string, values?: Record<string, string | number>) => t(key as never, values as never),
    {
      has: (key: string) => t.has(key as never),
    },
  );
}

/**
 * A validation or domain error key (`tooLong?max=200`, `requirementNotFound`) in the reader's
 * language; null when it is not one (operators' English, zod's defaults).
 */
export function translateErrorKey(
  t: ApiTranslator,
  raw: string,
  extra: Record<string, string | number> = {},
): string | null {
  const { key, params } = parseErrorKey(raw);
  for (const namespace of ["validation", "errors"]) {
    const path = `${namespace}.${key}`;
    if (t.has(path)) return t(path, { ...params, ...extra });
  }
  return null;
}
