import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireEnterpriseMember } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { lockOpenRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { parseInput } from "@/lib/validation/parse-input";
import { publishClarification } from "./publish-clarification";
import { answerQuestionSchema, type AnswerQuestionInput } from "./question.schema";

const questionNotFound = () => new DomainError("NOT_FOUND", "questionNotFound");

/**
 * A member of the requirement's organization answers a question while the requirement is open
 * for proposals; the answer is seen by the asking organization. With `publish`, in the same
 * transaction, it becomes a clarification every vendor who can see the requirement reads, the
 * asker anonymised. A published answer is final.
 */
export async function answerQuestion(
  actor: Actor,
  input: AnswerQuestionInput,
): Promise<{ clarificationId: string | null }> {
  const member = requireEnterpriseMember(actor);
  const { questionId, answer, publish, publishedQuestion } = parseInput(
    answerQuestionSchema,
    input,
  );
  return db.$transaction(async (tx) => {
    const question = await tx.question.findFirst({
      where: { id: questionId, requirement: { orgId: member.orgId } },
      select: { requirementId: true, body: true, askerOrdinal: true },
    });
    if (!question) throw questionNotFound();
    const requirement = await lockOpenRequirement(tx, question.requirementId);
    // Of two answers at once, the second waits here and then sees the first's publication.
    await tx.$executeRaw`SELECT 1 FROM "Question" WHERE id = ${questionId} FOR UPDATE`;
    const published = await tx.clarification.count({ where: { questionId } });
    if (published > 0) throw new DomainError("CONFLICT", "questionAlreadyPublished");
    await tx.question.update({
      where: { id: questionId },
      data: { answer, answeredById: member.userId, answeredAt: requirement.dbNow },
    });
    await recordAuditEvent(tx, member, {
      entityType: "question",
      entityId: questionId,
      orgId: member.orgId,
      action: "question.answer",
      after: { published: publish },
    });
    if (!publish) return { clarificationId: null };
    const clarificationId = await publishClarification(tx, member, requirement, {
      questionId,
      questionText: publishedQuestion ?? question.body,
      body: answer,
      askerOrdinal: question.askerOrdinal,
    });
    return { clarificationId };
  });
}
