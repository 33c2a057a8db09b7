import { z } from "zod";

// The admin lists read their search and filters from the URL, leniently: a value that makes no
// sense means "no filter" (or the first page), never an error page.

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Free text: trimmed, blank means none. */
export const textParam = (max: number) =>
  z.preprocess((value) => {
    const first = firstValue(value);
    return typeof first === "string" && first.trim() !== ""
      ? first.trim().slice(0, max)
      : undefined;
  }, z.string().optional());

/** One of `values`, or none. */
export const enumParam = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.preprocess((value) => firstValue(value), z.enum(values).optional().catch(undefined));

/** A page number from 1. */
export const pageParam = () =>
  z
    .unknown()
    .optional()
    .transform((value) => {
      const page = Number(firstValue(value));
      return Number.isInteger(page) && page >= 1 ? page : 1;
    });

export const ADMIN_PAGE_SIZE = 50;
