import { z } from "zod";

// Demo-only activity (accounts, proposals, questions, scores, awards) on top of marketplace.json.

const email = z.email().transform((value) => value.trim().toLowerCase());
const key = z.string().min(1);

export const demoActivitySchema = z.strictObject({
  users: z.array(
    z.strictObject({ email, name: z.string().min(1), org: key, role: z.enum(["OWNER", "MEMBER"]) }),
  ),
  admins: z.array(z.strictObject({ email, name: z.string().min(1) })),
  proposals: z.array(
    z.strictObject({
      requirement: key,
      vendor: key,
      status: z.enum([
        "DRAFT",
        "SUBMITTED",
        "WITHDRAWN",
        "SHORTLISTED",
        "NOT_SELECTED",
        "AWARDED",
        "NOT_AWARDED",
      ]),
      priceCny: z.number().int().positive(),
      summary: z.string().min(1),
      approach: z.string().min(1),
      deliveryMonths: z.number().int().positive().optional(),
    }),
  ),
  questions: z.array(
    z.strictObject({
      requirement: key,
      vendor: key,
      question: z.string().min(1),
      answer: z.string().nullable(),
      /** Published as a clarification (答疑公告) when it was answered. */
      published: z.boolean().optional(),
    }),
  ),
  /** Clarifications of the enterprise's own (补遗). */
  addenda: z.array(z.strictObject({ requirement: key, text: z.string().min(1) })),
  scores: z.array(
    z.strictObject({
      requirement: key,
      vendor: key,
      evaluator: email,
      scores: z.record(z.string(), z.number().int().min(0).max(100)),
      /** false: the evaluator is still scoring (a draft, possibly partial); true when absent. */
      submitted: z.boolean().optional(),
    }),
  ),
  awards: z.array(
    z.strictObject({
      requirement: key,
      vendor: key,
      reason: z.string().nullable(),
      /** For a CONTRACTED or COMPLETED requirement; acceptance and rating only when COMPLETED. */
      contract: z
        .strictObject({
          number: z.string().min(1),
          acceptanceNotes: z.string().min(1).optional(),
          rating: z.number().int().min(1).max(5).optional(),
          ratingComment: z.string().min(1).optional(),
        })
        .optional(),
    }),
  ),
  invitations: z.array(z.strictObject({ requirement: key, vendor: key })),
  bookmarks: z.array(z.strictObject({ user: email, requirement: key })),
});

export type DemoActivity = z.infer<typeof demoActivitySchema>;
