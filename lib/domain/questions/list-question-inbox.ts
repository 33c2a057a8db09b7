import "server-only";

import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireEnterpriseMember } from "@/lib/auth/guards";
import { parseInput } from "@/lib/validation/parse-input";
import { questionSelect, questionView } from "./question-view";

export const INBOX_LIMIT = 200;

export const questionInboxSchema = z.object({ requirementId: z.string().min(1).optional() });

/**
 * The enterprise's Q&A inbox: questions on its organization's requirements (or one of them),
 * unanswered first, oldest first within each. Askers appear as letters: who is asking is a
 * bidding signal the enterprise does not get before the deadline.
 */
export async function listQuestionInbox(
  actor: Actor,
  input: z.input<typeof questionInboxSchema> = {},
) {
  const member = requireEnterpriseMember(actor);
  const { requirementId } = parseInput(questionInboxSchema, input);
  const rows = await db.question.findMany({
    where: { requirement: { orgId: member.orgId }, ...(requirementId ? { requirementId } : {}) },
    orderBy: [
      { answeredAt: { sort: "desc", nulls: "first" } },
      { createdAt: "asc" },
      { id: "asc" },
    ],
    take: INBOX_LIMIT,
    select: { ...questionSelect, requirement: { select: { title: true } } },
  });
  return rows.map((row) => ({ ...questionView(row), requirementTitle: row.requirement.title }));
}

export type InboxQuestion = Awaited<ReturnType<typeof listQuestionInbox>>[number];
