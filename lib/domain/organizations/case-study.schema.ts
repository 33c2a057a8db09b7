import { z } from "zod";
import { displayTimeZone } from "@/lib/i18n/config";
import { errorKey, optionalText, requiredText } from "@/lib/validation/fields";
import { tagSlug, tagSlugs } from "./tag-slugs.schema";

export const FIRST_CASE_YEAR = 1990;

/** The current year where the users are (a case finished on 1 January in Beijing counts). */
export function currentYear(): number {
  const format = new Intl.DateTimeFormat("en", { timeZone: displayTimeZone, year: "numeric" });
  return Number(format.format(new Date()));
}

/** A vendor's case study (案例), as the add and edit forms send it. */
export const caseStudySchema = z.object({
  title: requiredText(120),
  industry: tagSlug(),
  capabilities: tagSlugs(),
  year: z.number({ error: errorKey("required") }).superRefine((year, ctx) => {
    const max = currentYear();
    if (!Number.isInteger(year) || year < FIRST_CASE_YEAR || year > max)
      ctx.addIssue({
        code: "custom",
        message: errorKey("yearRange", { min: FIRST_CASE_YEAR, max }),
      });
  }),
  summary: requiredText(2000),
  clientName: optionalText(100),
});

export const updateCaseStudySchema = caseStudySchema.extend({ id: z.string().min(1) });
export const removeCaseStudySchema = z.object({ id: z.string().min(1) });

export type CaseStudyInput = z.input<typeof caseStudySchema>;
export type UpdateCaseStudyInput = z.input<typeof updateCaseStudySchema>;
export type RemoveCaseStudyInput = z.input<typeof removeCaseStudySchema>;
