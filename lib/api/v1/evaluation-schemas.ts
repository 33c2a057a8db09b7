import { z } from "zod";
import { ProposalStatus } from "@/lib/generated/prisma/enums";
import { SHEET_FORMATS } from "@/lib/domain/evaluation/evaluation.schema";
import { locales } from "@/lib/i18n/config";
import { described, instant } from "./fields";

const d = (key: string) => described(`fields.evaluation.${key}`);
const status = z.enum(ProposalStatus).meta(described("fields.proposal.status"));

export const openingSchema = z
  .object({ openedAt: instant().meta(d("openedAt")), proposals: z.int().meta(d("proposals")) })
  .meta({ id: "BidOpening" });

export const openedProposalListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string().meta(d("proposalId")),
        status,
        vendor: z.object({ id: z.string(), name: z.string() }).meta(d("vendor")),
        version: z.int().meta(d("version")),
        digest: z.string().meta(d("digest")),
        priceCny: z.int().meta(d("priceCny")),
        deliveryMonths: z.int().nullable().meta(d("deliveryMonths")),
        attachments: z
          .array(z.object({ id: z.string(), name: z.string(), sizeBytes: z.int() }))
          .meta(d("attachments")),
      }),
    ),
  })
  .meta({ id: "OpenedProposalList" });

const scoreItem = z.object({
  proposalId: z.string().meta(d("proposalId")),
  criterionId: z.string().meta(d("criterionId")),
  score: z.int().min(0).max(100).meta(d("score")),
  comment: z.string().nullable().meta(d("comment")),
});

export const ownScoresSchema = z
  .object({
    declared: z.boolean().meta(d("declared")),
    submittedAt: instant().nullable().meta(d("submittedAt")),
    scores: z.array(scoreItem),
  })
  .meta({ id: "OwnScores" });

export const scoreBodySchema = z
  .object({
    proposalId: z.string().meta(d("proposalId")),
    criterionId: z.string().meta(d("criterionId")),
    score: z.int().min(0).max(100).meta(d("score")),
    comment: z.string().meta(d("comment")),
  })
  .meta({ id: "ScoreInput" });

const criterionResult = z.object({
  criterionId: z.string().meta(d("criterionId")),
  score: z.number().nullable().meta(d("criterionScore")),
  spread: z.number().nullable().meta(d("spread")),
  byFormula: z.boolean().meta(d("byFormula")),
});

export const rankingSchema = z
  .object({
    criteria: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        weight: z.int().meta(d("weight")),
        priceFormula: z.boolean().meta(d("byFormula")),
      }),
    ),
    evaluators: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
    rows: z.array(
      z.object({
        proposalId: z.string().meta(d("proposalId")),
        status,
        vendorName: z.string(),
        priceCny: z.int().meta(d("priceCny")),
        deliveryMonths: z.int().nullable().meta(d("deliveryMonths")),
        overall: z.number().nullable().meta(d("overall")),
        rank: z.int().nullable().meta(d("rank")),
        criteria: z.array(criterionResult),
        scores: z.array(scoreItem.extend({ evaluatorId: z.string() })).meta(d("evaluatorScores")),
      }),
    ),
  })
  .meta({ id: "Ranking" });

export const appointBodySchema = z
  .object({ userIds: z.array(z.string()).meta(d("evaluatorUserIds")) })
  .meta({ id: "AppointEvaluatorsInput" });

export const shortlistBodySchema = z
  .object({
    proposalId: z.string().meta(d("proposalId")),
    shortlisted: z.boolean().meta(d("shortlisted")),
  })
  .meta({ id: "ShortlistInput" });

export const awardBodySchema = z
  .object({
    proposalId: z.string().meta(d("proposalId")),
    reason: z.string().optional().meta(d("awardReason")),
    shareScoresWithBidders: z.boolean().optional().meta(d("shareScores")),
  })
  .meta({ id: "AwardInput" });

export const awardedSchema = z
  .object({ proposalId: z.string(), topRanked: z.boolean().meta(d("topRanked")) })
  .meta({ id: "Award" });

export const unsuccessfulBodySchema = z
  .object({ reason: z.string().meta(d("unsuccessfulReason")) })
  .meta({ id: "UnsuccessfulInput" });

export const doneSchema = z.object({ ok: z.literal(true) }).meta({ id: "Done" });

export const sheetQuerySchema = z.object({
  format: z.enum(SHEET_FORMATS).optional().meta(described("params.sheetFormat")),
  lang: z.enum(locales).optional().meta(described("params.sheetLang")),
});
