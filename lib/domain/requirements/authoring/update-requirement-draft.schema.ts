import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";
import { requirementFieldsShape, withRequirementRules } from "./requirement-fields.schema";

/**
 * Saving a draft: every editable field, the requirement, and the `version` the editor loaded
 * (a hidden field), so that a save over someone else's newer save is refused.
 */
export const updateRequirementDraftSchema = withRequirementRules(
  z.object({
    ...requirementFieldsShape,
    requirementId: z.string({ error: errorKey("invalid") }).min(1, errorKey("invalid")),
    version: z
      .number({ error: errorKey("invalid") })
      .int()
      .min(1, errorKey("invalid")),
  }),
);

export type UpdateRequirementDraftInput = z.input<typeof updateRequirementDraftSchema>;
