import { z } from "zod";
import { ATTACHMENT_LIMITS } from "@/lib/domain/requirements/attachments/requirement-attachment.schema";
import { errorKey, optionalText, requiredText } from "@/lib/validation/fields";

export const QUESTION_LIMITS = { questionMax: 2000, answerMax: 5000 } as const;

const id = z.string().min(1);
const mb = ATTACHMENT_LIMITS.maxBytes / 1024 / 1024;

/** A question: its text, and optionally one file (the requirement attachments' types and size). */
export const askQuestionSchema = z.object({
  requirementId: id,
  body: requiredText(QUESTION_LIMITS.questionMax),
  attachment: z.file().max(ATTACHMENT_LIMITS.maxBytes, errorKey("fileTooLarge", { mb })).optional(),
});

/**
 * The enterprise's answer. With `publish`, it becomes a clarification every vendor reads, under
 * the question as worded in `publishedQuestion` (the question itself when blank).
 */
export const answerQuestionSchema = z.object({
  questionId: id,
  answer: requiredText(QUESTION_LIMITS.answerMax),
  publish: z.boolean().default(false),
  publishedQuestion: optionalText(QUESTION_LIMITS.questionMax),
});

/** An addendum (补遗): a clarification of the enterprise's own, without a question. */
export const publishAddendumSchema = z.object({
  requirementId: id,
  body: requiredText(QUESTION_LIMITS.answerMax),
});

export const questionRequirementSchema = z.object({ requirementId: id });
export const questionIdSchema = z.object({ questionId: id });

export type AskQuestionInput = z.input<typeof askQuestionSchema>;
export type AnswerQuestionInput = z.input<typeof answerQuestionSchema>;
export type PublishAddendumInput = z.input<typeof publishAddendumSchema>;
export type QuestionRequirementInput = z.input<typeof questionRequirementSchema>;
export type QuestionIdInput = z.input<typeof questionIdSchema>;
