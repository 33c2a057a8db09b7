import { z } from "zod";

/** A URL search parameter: the first value when repeated, none when blank. */
const param = z.preprocess((value) => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
}, z.string().max(60).optional());

/** The vendor directory's filters, read leniently from the URL: nonsense means "no filter". */
export const listVendorsSchema = z.object({
  capability: param,
  industry: param,
  region: param,
  verified: param.transform((value) => value === "1" || value === "on" || value === "true"),
  page: param.transform((value) => {
    const page = Number(value);
    return Number.isInteger(page) && page >= 1 ? page : 1;
  }),
});

export type ListVendorsInput = z.input<typeof listVendorsSchema>;
export type VendorFilters = z.output<typeof listVendorsSchema>;
