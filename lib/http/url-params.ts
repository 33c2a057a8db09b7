import { z } from "zod";
import { parseCalendarDate } from "@/lib/format/calendar-date";
import { regions } from "@/lib/taxonomy";
import { errorKey } from "@/lib/validation/fields";

// The one reader of URL parameters. Pages keep their state in the URL (searches, filters,
// pages, `?done=` notices). These fields read URLSearchParams-style input (a URLSearchParams,
// or Next's `searchParams` record of strings and string arrays); each also accepts its own
// output, so a parsed state parses again to itself. Blank means "not set"; a value that is set
// but makes no sense is an error naming the field (a key of `validation`), which a search shows
// beside the field. Pages that have nothing to show such an error beside read their parameters
// with `lenientParam`: a value that makes no sense reads as not set.

export type UrlValue = string | string[] | undefined;

/** A URLSearchParams as a record (repeated keys as arrays); anything else passes through. */
function urlRecord(input: unknown): unknown {
  if (!(input instanceof URLSearchParams)) return input ?? {};
  const record: Record<string, string[]> = {};
  for (const [key, value] of input) (record[key] ??= []).push(value);
  return record;
}

/** Next's `searchParams` record as URLSearchParams (repeated keys kept), for the use cases. */
export function toSearchParams(raw: Record<string, UrlValue>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of [value ?? []].flat()) params.append(key, item);
  }
  return params;
}

/** An object schema over URL search parameters; unknown parameters are ignored. */
export const urlSearchObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.preprocess(urlRecord, z.object(shape));

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const one = (value: unknown) => blankToUndefined(first(value));
const oneText = (value: unknown) => {
  const text = one(value);
  return typeof text === "string" ? text.trim() : text;
};
const oneNumber = (value: unknown) => {
  const text = oneText(value);
  return typeof text === "string" ? Number(text) : text;
};

/** Free text, trimmed; longer text is cut to `max` characters, never refused. */
export const textParam = (max: number) =>
  z.preprocess(
    (value) => {
      const text = oneText(value);
      return typeof text === "string" ? text.slice(0, max) : text;
    },
    z.string({ error: errorKey("invalid") }).optional(),
  );

/**
 * Any number of values, as repeated parameters or separated by commas: `?tag=a&tag=b`,
 * `?tag=a,b`. Each must match `pattern`.
 */
export const listParam = (pattern: RegExp, maxItems = 20) =>
  z.preprocess(
    (value) => {
      const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined);
      const texts = values.flatMap((v) => (typeof v === "string" ? v.split(",") : [v]));
      return [...new Set(texts.map((v) => (typeof v === "string" ? v.trim() : v)))].filter(
        (v) => v !== "",
      );
    },
    z
      .array(z.string().regex(pattern, errorKey("invalid")), { error: errorKey("invalid") })
      .max(maxItems, errorKey("invalid")),
  );

/** Taxonomy tag slugs (`?capability=llm&capability=nlp`). */
export const tagListParam = () => listParam(/^[a-z0-9][a-z0-9-]{0,59}$/);

/** Region names of the taxonomy (`?region=广东`); another name is refused, not matched to nothing. */
export const regionListParam = () =>
  listParam(/^[^,]{1,50}$/).refine(
    (values) => values.every((value) => regions.includes(value)),
    errorKey("unknownTag"),
  );

/** A whole number from `min` to `max`. */
export const wholeNumberParam = (min: number, max: number) =>
  z.preprocess(
    oneNumber,
    z
      .number({ error: errorKey("wholeNumber") })
      .int(errorKey("wholeNumber"))
      .min(min, errorKey("numberRange", { min, max }))
      .max(max, errorKey("numberRange", { min, max }))
      .optional(),
  );

/** A day, "YYYY-MM-DD" (a day in Asia/Shanghai when it bounds instants). */
export const dayParam = () =>
  z.preprocess(
    oneText,
    z
      .string({ error: errorKey("date") })
      .refine((text) => parseCalendarDate(text) !== null, errorKey("date"))
      .optional(),
  );

/** One of `values`, or none. */
export const optionalChoiceParam = <const Values extends readonly [string, ...string[]]>(
  values: Values,
) => z.preprocess(oneText, z.enum(values, { error: errorKey("invalid") }).optional());

/** One of `values`; `fallback` when not set. */
export const choiceParam = <const Values extends readonly [string, ...string[]]>(
  values: Values,
  fallback: Values[number],
) => z.preprocess(oneText, z.enum(values, { error: errorKey("invalid") }).default(fallback));

const TRUE_TEXTS = new Set(["1", "true", "on", "yes"]);
const FALSE_TEXTS = new Set(["0", "false", "off", "no"]);

/** A marker a redirect leaves in the URL (`?submitted=1`): set only when it is exactly "1". */
export const markerParam = () => optionalChoiceParam(["1"]).transform((value) => value === "1");

/** A checkbox: "1", "true", "on" or "yes" is set; absent, "0", "false", "off", "no" is not. */
export const flagParam = () =>
  z.preprocess(
    (value) => {
      const text = oneText(value);
      if (typeof text !== "string") return text ?? false;
      const lower = text.toLowerCase();
      return TRUE_TEXTS.has(lower) ? true : FALSE_TEXTS.has(lower) ? false : text;
    },
    z.boolean({ error: errorKey("invalid") }),
  );

/** An opaque pagination cursor (decoded, and refused when malformed, by the query). */
export const cursorParam = () =>
  z.preprocess(oneText, z.string().max(1000, errorKey("invalid")).optional());

/** The most items a page of any list holds (the pages' and the API's lists alike). */
export const MAX_PAGE_SIZE = 50;

/** Page size, from 1 to MAX_PAGE_SIZE; `fallback` when not set. */
export const limitParam = (fallback: number, max = MAX_PAGE_SIZE) =>
  z.preprocess(
    oneNumber,
    z
      .number({ error: errorKey("wholeNumber") })
      .int(errorKey("wholeNumber"))
      .min(1, errorKey("numberRange", { min: 1, max }))
      .max(max, errorKey("numberRange", { min: 1, max }))
      .default(fallback),
  );

/** A page number from 1, for numbered pages (lib/paging/offset-page.ts); 1 when not set. */
export const pageParam = () =>
  z.preprocess(
    oneNumber,
    z
      .number({ error: errorKey("wholeNumber") })
      .int(errorKey("wholeNumber"))
      .min(1, errorKey("numberRange", { min: 1, max: Number.MAX_SAFE_INTEGER }))
      .max(
        Number.MAX_SAFE_INTEGER,
        errorKey("numberRange", { min: 1, max: Number.MAX_SAFE_INTEGER }),
      )
      .default(1),
  );

/**
 * A single-valued `field` read leniently: a value that makes no sense, or one given more than
 * once, reads as not set (the field's default), never as an error.
 */
export const lenientParam = <Field extends z.ZodType>(field: Field) =>
  z
    .preprocess((value) => (Array.isArray(value) && value.length > 1 ? undefined : value), field)
    .catch(() => field.parse(undefined) as z.output<Field>);

/** One URL parameter read leniently (see `lenientParam`). */
export function readUrlParam<Field extends z.ZodType>(
  field: Field,
  value: unknown,
): z.output<Field> {
  return lenientParam(field).parse(value);
}

type StateValue = string | number | boolean | string[] | undefined | null;

/**
 * The URL parameters of a parsed search state, leaving out what equals `defaults` (so links
 * stay short and a default URL has no parameters). Lists become repeated parameters.
 */
export function toUrlSearchParams(
  state: Record<string, StateValue>,
  defaults: Record<string, StateValue> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === null || value === false) continue;
    if (JSON.stringify(value) === JSON.stringify(defaults[key])) continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.set(key, value === true ? "1" : String(value));
  }
  return params;
}

/** What a search use case accepts: URL parameters, or a state its schema parsed before. */
export type UrlSearchInput<Parsed> = URLSearchParams | Record<string, UrlValue> | Partial<Parsed>;
