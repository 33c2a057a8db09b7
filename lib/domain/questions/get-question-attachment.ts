import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { questionIdSchema, type QuestionIdInput } from "./question.schema";

/**
 * A question's attachment, for the asking organization and the requirement's organization only;
 * everyone else is told it does not exist.
 */
export async function getQuestionAttachment(actor: Actor, input: QuestionIdInput) {
  const notFound = new DomainError("NOT_FOUND", "attachmentNotFound");
  if (actor.kind !== "user" || !actor.orgId) throw notFound;
  const { questionId } = parseInput(questionIdSchema, input);
  const question = await db.question.findFirst({
    where: {
      id: questionId,
      OR: [{ vendorOrgId: actor.orgId }, { requirement: { orgId: actor.orgId } }],
    },
    select: {
      attachment: {
        select: { storageKey: true, originalName: true, contentType: true, sizeBytes: true },
      },
    },
  });
  if (!question?.attachment) throw notFound;
  return question.attachment;
}
