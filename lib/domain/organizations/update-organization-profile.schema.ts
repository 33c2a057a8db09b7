import { z } from "zod";
import { regions } from "@/lib/taxonomy";
import {
  creditCode,
  errorKey,
  optionalText,
  requiredText,
  websiteUrl,
} from "@/lib/validation/fields";
import { tagSlugs } from "./tag-slugs.schema";

/** The organization profile form; `capabilities` is kept for vendors only. */
export const organizationProfileSchema = z.object({
  name: requiredText(100),
  nameEn: optionalText(200),
  creditCode: creditCode(),
  region: optionalText(20).refine(
    (region) => region === undefined || regions.includes(region),
    errorKey("choose"),
  ),
  industries: tagSlugs(),
  description: optionalText(5000),
  website: websiteUrl(),
  capabilities: tagSlugs(),
  /** Vendors only: 信创, its solutions run on the domestic technology stack. */
  domesticStack: z.boolean().default(false),
  /** The owner saw that saving withdraws the verification (a verified legal name or credit code changes). */
  confirmVerificationLoss: z.boolean().default(false),
});

export type OrganizationProfileInput = z.input<typeof organizationProfileSchema>;
