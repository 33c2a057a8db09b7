import { z } from "zod";
import { scoreSchema, shortlistSchema } from "./evaluation.schema";

// The evaluation page's forms, where a form's shape differs from its use case's input.

/** One evaluator's scores of one proposal, every human-scored criterion at once. */
export const proposalScoresFormSchema = z.object({
  requirementId: scoreSchema.shape.requirementId,
  proposalId: scoreSchema.shape.proposalId,
  scores: z
    .array(scoreSchema.pick({ criterionId: true, score: true, comment: true }))
    .min(1)
    .max(50),
});

/** A shortlist decision as the form's two buttons send it. */
export const shortlistFormSchema = shortlistSchema
  .omit({ shortlisted: true })
  .extend({ decision: z.enum(["SHORTLISTED", "NOT_SELECTED"]) });
