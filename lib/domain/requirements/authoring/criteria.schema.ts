import { z } from "zod";
import { wholeNumber } from "@/lib/validation/typed-fields";
import { errorKey, optionalText, requiredText } from "@/lib/validation/fields";

export const CRITERIA_LIMITS = { min: 1, max: 10, totalWeight: 100 } as const;

const criterionShape = {
  name: requiredText(50),
  description: optionalText(500),
  weight: wholeNumber(1, CRITERIA_LIMITS.totalWeight),
};

/** One evaluation criterion (评审项); its position is its place in the list. */
export const criterionSchema = z.object(criterionShape);

export type CriterionData = z.output<typeof criterionSchema>;

const countKey = errorKey("criteriaCount", { min: CRITERIA_LIMITS.min, max: CRITERIA_LIMITS.max });

/**
 * The published evaluation criteria: 1 to 10, distinct names, whole-number weights that add up
 * to exactly 100 (the sum error is on `criteria` itself, with the actual sum).
 */
function criteriaListOf<T extends z.ZodType<CriterionData>>(criterion: T) {
  return z
    .array(criterion, { error: countKey })
    .min(CRITERIA_LIMITS.min, countKey)
    .max(CRITERIA_LIMITS.max, countKey)
    .superRefine((criteria, ctx) => {
      const seen = new Set<string>();
      criteria.forEach((item, index) => {
        const name = item.name.toLowerCase();
        if (seen.has(name)) {
          ctx.addIssue({
            code: "custom",
            message: errorKey("duplicateName"),
            path: [index, "name"],
          });
        }
        seen.add(name);
      });
      if (criteria.length < CRITERIA_LIMITS.min) return;
      const sum = criteria.reduce((total, item) => total + item.weight, 0);
      if (sum !== CRITERIA_LIMITS.totalWeight) {
        ctx.addIssue({ code: "custom", message: errorKey("weightsMustSum", { sum }) });
      }
    });
}

/** The editor's and the API's criteria. */
export const criteriaSchema = criteriaListOf(criterionSchema);

/** The same rules for a file (the bulk import), which refuses unknown fields. */
export const strictCriteriaSchema = criteriaListOf(z.strictObject(criterionShape));
