import { z } from "zod";
import { parseCalendarDate } from "@/lib/format/calendar-date";
import { shanghaiLocalToUtc } from "@/lib/format/shanghai-time";
import { errorKey } from "./fields";

// Fields whose form text becomes another type: instants, days, whole numbers. Parsed values
// (Dates) pass through unchanged: a server action parses the form once, then the
// use case parses the result again with the same schema.

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Years a date of this marketplace can have; PostgreSQL refuses some outside them (year 0). */
const isPlausibleYear = (date: Date) =>
  date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 9999;

function toDate(parse: (text: string) => Date | null) {
  return (value: unknown): unknown => {
    if (value instanceof Date) return isPlausibleYear(value) ? value : new Date(Number.NaN);
    if (typeof value !== "string") return value;
    const text = value.trim();
    if (text === "") return undefined;
    const date = parse(text);
    // Never a string past this point: the form library would read it in the server's zone.
    return date && isPlausibleYear(date) ? date : new Date(Number.NaN);
  };
}

/**
 * An optional instant: "YYYY-MM-DDTHH:mm" in Asia/Shanghai as `<input type="datetime-local">`
 * sends it, or an ISO 8601 instant with its offset (API clients); stored as UTC.
 */
export const shanghaiDateTime = () =>
  z.preprocess(
    toDate((text) => (ISO_INSTANT.test(text) ? new Date(text) : shanghaiLocalToUtc(text))),
    z.date({ error: errorKey("dateTime") }).optional(),
  );

/** An optional day, "YYYY-MM-DD" as `<input type="date">` sends it. */
export const calendarDate = () =>
  z.preprocess(toDate(parseCalendarDate), z.date({ error: errorKey("date") }).optional());

/** A whole number from `min` to `max` (the form library turns the input's text into a number). */
export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: errorKey("wholeNumber") })
    .int(errorKey("wholeNumber"))
    .min(min, errorKey("numberRange", { min, max }))
    .max(max, errorKey("numberRange", { min, max }));
