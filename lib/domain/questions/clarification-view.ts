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
} as const;

type ClarificationRow = {
  id: string;
  questionId: string | null;
  questionText: string | null;
  body: string;
  askerOrdinal: number | null;
  publishedAt: Date;
};

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
