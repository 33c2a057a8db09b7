import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { askerLetter } from "./asker-label";

/** A published clarification as every reader sees it: the asker only as a letter. */
export interface ClarificationView {
  id: string;
  /** "answer" to a vendor's question, or the enterprise's own "addendum" (补遗). */
  kind: "answer" | "addendum";
  question: string | null;
  /** "A" for 供应商 A; null for an addendum. */
  asker: string | null;
  body: string;
  publishedAt: Date;
}

export const clarificationSelect = {
  id: true,
  questionId: true,
  questionText: true,
  body: true,
  askerOrdinal: true,
  publishedAt: true,
} satisfies Prisma.ClarificationSelect;

type ClarificationRow = Prisma.ClarificationGetPayload<{ select: typeof clarificationSelect }>;

export function clarificationView(row: ClarificationRow): ClarificationView {
  return {
    id: row.id,
    kind: row.questionId ? "answer" : "addendum",
    question: row.questionText,
    asker: row.askerOrdinal ? askerLetter(row.askerOrdinal) : null,
    body: row.body,
    publishedAt: row.publishedAt,
  };
}
