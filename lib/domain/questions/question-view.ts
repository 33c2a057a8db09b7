import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { askerLetter } from "./asker-label";
import { questionAttachmentHref } from "./question-attachment-href";

/** A question as the asking organization and the enterprise see it (the asker as a letter). */
export const questionSelect = {
  id: true,
  requirementId: true,
  body: true,
  askerOrdinal: true,
  answer: true,
  answeredAt: true,
  createdAt: true,
  attachment: { select: { originalName: true, sizeBytes: true } },
  clarification: { select: { id: true } },
} satisfies Prisma.QuestionSelect;

type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof questionSelect }>;

export function questionView(row: QuestionRow) {
  return {
    id: row.id,
    requirementId: row.requirementId,
    body: row.body,
    asker: askerLetter(row.askerOrdinal),
    answer: row.answer,
    answeredAt: row.answeredAt,
    askedAt: row.createdAt,
    published: row.clarification !== null,
    attachment: row.attachment && { ...row.attachment, href: questionAttachmentHref(row.id) },
  };
}

export type QuestionView = ReturnType<typeof questionView>;
