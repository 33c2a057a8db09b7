import { z } from "zod";
import { locales } from "@/lib/i18n/config";

const id = z.string().min(1).max(64);
const reason = z.string().trim().min(1, "required").max(2000, "tooLong");

export const requirementRefSchema = z.object({ requirementId: id });

export const appointEvaluatorsSchema = z.object({
  requirementId: id,
  userIds: z.array(id).min(1, "required").max(20),
});

export const scoreSchema = z.object({
  requirementId: id,
  proposalId: id,
  criterionId: id,
  score: z.coerce.number().int("integer").min(0, "tooSmall").max(100, "tooLarge"),
  comment: z.string().trim().min(1, "required").max(2000, "tooLong"),
});

export const shortlistSchema = z.object({
  requirementId: id,
  proposalId: id,
  shortlisted: z.boolean(),
});

export const awardSchema = z.object({
  requirementId: id,
  proposalId: id,
  reason: z.string().trim().max(2000, "tooLong").optional(),
  shareScoresWithBidders: z.boolean().default(false),
});

export const unsuccessfulSchema = z.object({ requirementId: id, reason });

export type ScoreInput = z.input<typeof scoreSchema>;
export type AwardInput = z.input<typeof awardSchema>;

/** The evaluation sheet's file formats. */
export const SHEET_FORMATS = ["xlsx", "csv"] as const;
export type SheetFormat = (typeof SHEET_FORMATS)[number];

export const evaluationSheetSchema = z.object({
  requirementId: id,
  format: z.enum(SHEET_FORMATS, "choose").default("xlsx"),
  locale: z.enum(locales, "choose").default("zh-CN"),
});
