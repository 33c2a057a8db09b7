import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";

// What a proposal says, as the editor, the API and the use cases read it. A draft may be
// incomplete (`proposalDraftSchema`); a submission must be whole (`proposalContentSchema`).

export const PROPOSAL_LIMITS = {
  summary: 300,
  approach: 50_000,
  response: 5_000,
  note: 1_000,
  maxPriceCny: 2_000_000_000,
  lineItems: 100,
  team: 50,
  caseStudies: 20,
  deliveryMonths: 120,
} as const;

const text = (max: number) =>
  z
    .string({ error: errorKey("required") })
    .trim()
    .max(max, errorKey("tooLong", { max }));
const count = (min: number, max: number) =>
  z
    .number({ error: errorKey("wholeNumber") })
    .int(errorKey("wholeNumber"))
    .min(min, errorKey("numberRange", { min, max }))
    .max(max, errorKey("numberRange", { min, max }));
const amount = () => count(0, PROPOSAL_LIMITS.maxPriceCny);

export const lineItemSchema = z.object({
  name: text(200).min(1, errorKey("required")),
  quantity: count(1, 1_000_000),
  unitPriceCny: amount(),
});

export const teamMemberSchema = z.object({
  role: text(100).min(1, errorKey("required")),
  count: count(1, 1_000),
});

export const criterionResponseSchema = z.object({
  criterionId: z.string().min(1),
  response: text(PROPOSAL_LIMITS.response),
});

export const qualificationAnswerSchema = z.object({
  /** The qualification's line in the requirement, as stated there. */
  qualification: text(1_000),
  met: z.boolean().nullable(),
  note: text(PROPOSAL_LIMITS.note),
});

const fields = {
  summary: text(PROPOSAL_LIMITS.summary),
  approach: text(PROPOSAL_LIMITS.approach),
  priceCny: amount().nullable(),
  lineItems: z.array(lineItemSchema).max(PROPOSAL_LIMITS.lineItems, errorKey("tooManyItems")),
  deliveryMonths: count(1, PROPOSAL_LIMITS.deliveryMonths).nullable(),
  team: z.array(teamMemberSchema).max(PROPOSAL_LIMITS.team, errorKey("tooManyItems")),
  caseStudyIds: z
    .array(z.string().min(1))
    .max(PROPOSAL_LIMITS.caseStudies, errorKey("tooManyItems")),
  criterionResponses: z.array(criterionResponseSchema).max(100, errorKey("tooManyItems")),
  qualificationAnswers: z.array(qualificationAnswerSchema).max(100, errorKey("tooManyItems")),
};

/** The working copy: every field may still be empty. */
export const proposalDraftSchema = z.object({
  summary: fields.summary.default(""),
  approach: fields.approach.default(""),
  priceCny: fields.priceCny.default(null),
  lineItems: fields.lineItems.default([]),
  deliveryMonths: fields.deliveryMonths.default(null),
  team: fields.team.default([]),
  caseStudyIds: fields.caseStudyIds.default([]),
  criterionResponses: fields.criterionResponses.default([]),
  qualificationAnswers: fields.qualificationAnswers.default([]),
});

export type ProposalDraft = z.output<typeof proposalDraftSchema>;
export type ProposalDraftInput = z.input<typeof proposalDraftSchema>;

export const lineItemsTotal = (items: ProposalDraft["lineItems"]) =>
  items.reduce((sum, item) => sum + item.quantity * item.unitPriceCny, 0);

/**
 * A submission: summary, approach, price and delivery time given, and the line items (when
 * there are any) adding up to the price. Responses per criterion and answers per qualification
 * are checked against the requirement by `checkAgainstRequirement`.
 */
export const proposalContentSchema = proposalDraftSchema
  .extend({
    summary: fields.summary.min(1, errorKey("required")),
    approach: fields.approach.min(1, errorKey("required")),
    priceCny: amount(),
    deliveryMonths: count(1, PROPOSAL_LIMITS.deliveryMonths),
  })
  .superRefine((content, context) => {
    if (content.lineItems.length === 0) return;
    const sum = lineItemsTotal(content.lineItems);
    if (sum !== content.priceCny) {
      context.addIssue({
        code: "custom",
        path: ["priceCny"],
        message: errorKey("lineItemsSum", { sum }),
      });
    }
  });

export type ProposalContent = z.output<typeof proposalContentSchema>;

export const EMPTY_DRAFT: ProposalDraft = proposalDraftSchema.parse({});
