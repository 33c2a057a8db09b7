import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

export const REASON_MAX = 1000;

/** Transitions that need nothing but the requirement (submit, approve). */
export const requirementTransitionSchema = z.object({ requirementId: z.string().min(1) });

/** Transitions the owner reads a reason for (request changes, reject, take down, cancel). */
export const reasonedTransitionSchema = requirementTransitionSchema.extend({
  reason: requiredText(REASON_MAX),
});

export type RequirementTransitionInput = z.input<typeof requirementTransitionSchema>;
export type ReasonedTransitionInput = z.input<typeof reasonedTransitionSchema>;
