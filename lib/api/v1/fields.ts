import "server-only";
import { z } from "zod";

/**
 * Documentation texts are message keys (`apiDocs.<key>`), marked with "@" so that the OpenAPI
 * document is translated when it is built (lib/api/openapi/translate-document.ts).
 */
export const described = (key: string) => ({ description: `@apiDocs.${key}` });

/** An instant as an ISO 8601 string in UTC (`2026-07-01T08:00:00.000Z`). */
export const instant = () => z.iso.datetime();

export const iso = (date: Date) => date.toISOString();
export const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** A date without a time (`2027-12-31`), as certifications' expiry. */
export const calendarDate = () => z.iso.date();
export const isoDateOrNull = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A taxonomy slug (lib/taxonomy/taxonomy.json), e.g. `power-grid`, `llm`. */
export const tagSlug = () => z.string();

/** The opaque cursor of a list: pass the previous answer's `nextCursor` to get the next page. */
export const cursorParam = () =>
  z
    .string()
    .max(200, "tooLong?max=200")
    .regex(/^[A-Za-z0-9_-]+$/, "invalid")
    .optional()
    .meta(described("params.cursor"));

const resultCount = z
  .object({
    value: z.int().min(0).meta(described("fields.page.total.value")),
    exact: z.boolean().meta(described("fields.page.total.exact")),
  })
  .meta(described("fields.page.total.about"));

/** A page of a list; `nextCursor` is null on the last page. */
export function pageOf<Item extends z.ZodType>(item: Item, id: string) {
  return z
    .object({
      items: z.array(item).meta(described("fields.page.items")),
      total: resultCount.nullable(),
      nextCursor: z.string().nullable().meta(described("fields.page.nextCursor")),
    })
    .meta({ id });
}

/** An id in the path (the resource's cuid). */
export const idParam = (key: string) =>
  z.object({ id: z.string().min(1).max(100, "tooLong?max=100").meta(described(key)) });
