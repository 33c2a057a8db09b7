import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { errorKey } from "@/lib/validation/fields";
import { tagSlug, tagSlugs } from "@/lib/domain/organizations/tag-slugs.schema";

const id = z
  .string({ error: errorKey("required") })
  .trim()
  .min(1, errorKey("required"))
  .max(100);

const common = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  locale: z.enum(locales).default("zh-CN"),
};

/** A requirement named by its id or by its import key (the operator CLI). */
const requirementRef = z.union([z.object({ requirementId: id }), z.object({ requirementKey: id })]);

export const matchVendorsSchema = requirementRef.and(z.object(common));
export type MatchVendorsInput = z.input<typeof matchVendorsSchema>;

export const recommendRequirementsSchema = z
  .union([z.object({ vendorId: id }), z.object({ vendorKey: id })])
  .and(z.object(common));
export type RecommendRequirementsInput = z.input<typeof recommendRequirementsSchema>;

export const dismissalSchema = z.object({ requirementId: id });

export const similarRequirementsSchema = z.object({ requirementId: id, ...common });

export const similarToDraftSchema = z.object({
  text: z.string().max(20_000).default(""),
  tags: tagSlugs(),
  industry: tagSlug().optional(),
  ...common,
});
