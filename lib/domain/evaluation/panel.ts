import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError, notFound } from "@/lib/domain/errors";
import { COUNTED_PROPOSALS } from "@/lib/domain/proposals/counted-proposals";
import { parseInput } from "@/lib/validation/parse-input";
import { EVALUATION_ACTIONS } from "./evaluation-actions";
import {
  isBeforeDecision,
  openedRequirement,
  requireEvaluationMember,
  requireEvaluationOwner,
  requireSeat,
} from "./evaluation-access";
import { appointEvaluatorsSchema, requirementRefSchema, scoreSchema } from "./evaluation.schema";
import type { ScoreInput } from "./evaluation.schema";

/** The owner names the panel among the organization's members (before the award). */
export async function appointEvaluators(
  actor: Actor,
  input: { requirementId: string; userIds: string[] },
) {
  const owner = requireEvaluationOwner(actor);
  const { requirementId, userIds } = parseInput(appointEvaluatorsSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await tx.requirement.findFirst({
      where: { id: requirementId, orgId: owner.orgId },
    });
    if (!requirement) throw notFound("Requirement");
    if (!isBeforeDecision(requirement.status)) {
      throw new DomainError("INVALID_TRANSITION", "requirementNotEvaluating");
    }
    const members = await tx.membership.count({
      where: { orgId: owner.orgId, userId: { in: userIds } },
    });
    if (members !== new Set(userIds).size) {
      throw new DomainError("VALIDATION", "evaluatorNotMember", {
        fieldErrors: { userIds: ["evaluatorNotMember"] },
      });
    }
    await tx.evaluator.createMany({
      data: userIds.map((userId) => ({ requirementId, userId, appointedById: owner.userId })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, owner, {
      entityType: "requirement",
      entityId: requirementId,
      orgId: owner.orgId,
      action: EVALUATION_ACTIONS.appoint,
      after: { userIds },
    });
  });
}

/** An evaluator declares, once the bidders are known (after opening), no conflict of interest. */
export async function declareNoConflict(actor: Actor, input: { requirementId: string }) {
  const member = requireEvaluationMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await openedRequirement(tx, member, requirementId);
    const seat = await requireSeat(tx, member, requirementId);
    if (seat.noConflictDeclaredAt) return;
    await tx.evaluator.update({
      where: { id: seat.id },
      data: { noConflictDeclaredAt: new Date() },
    });
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: requirement.id,
      orgId: member.orgId,
      action: EVALUATION_ACTIONS.declare,
    });
  });
}

/** The seat of an evaluator who may still score: declared, not submitted, requirement evaluating. */
async function scoringSeat(
  tx: Parameters<typeof openedRequirement>[0],
  actor: Actor,
  requirementId: string,
) {
  const member = requireEvaluationMember(actor);
  const requirement = await openedRequirement(tx, member, requirementId);
  const seat = await requireSeat(tx, member, requirementId);
  if (!seat.noConflictDeclaredAt) throw new DomainError("CONFLICT", "conflictNotDeclared");
  if (seat.submittedAt) throw new DomainError("CONFLICT", "scoresAlreadySubmitted");
  if (requirement.status !== "EVALUATING") {
    throw new DomainError("INVALID_TRANSITION", "requirementNotEvaluating");
  }
  return { member, requirement, seat };
}

/** An evaluator scores one proposal on one criterion (0–100 with a comment), until submitting. */
export async function scoreProposal(actor: Actor, input: ScoreInput) {
  const { requirementId, proposalId, criterionId, score, comment } = parseInput(scoreSchema, input);
  return db.$transaction(async (tx) => {
    const { member, requirement } = await scoringSeat(tx, actor, requirementId);
    const criterion = requirement.criteria.find((c) => c.id === criterionId);
    if (!criterion) throw notFound("Criterion");
    if (criterion.priceFormula) throw new DomainError("CONFLICT", "criterionScoredByFormula");
    const proposal = await tx.proposal.findFirst({
      where: { id: proposalId, requirementId, status: { in: [...COUNTED_PROPOSALS] } },
    });
    if (!proposal) throw notFound("Proposal");
    const key = { proposalId, criterionId, evaluatorId: member.userId };
    await tx.score.upsert({
      where: { proposalId_criterionId_evaluatorId: key },
      create: { ...key, score, comment },
      update: { score, comment },
    });
    await recordAuditEvent(tx, member, {
      entityType: "proposal",
      entityId: proposalId,
      orgId: member.orgId,
      action: EVALUATION_ACTIONS.score,
      after: { criterionId, score },
    });
  });
}

/** An evaluator submits its scores, final, once every proposal has a score on every criterion. */
export async function submitScores(actor: Actor, input: { requirementId: string }) {
  const { requirementId } = parseInput(requirementRefSchema, input);
  return db.$transaction(async (tx) => {
    const { member, requirement, seat } = await scoringSeat(tx, actor, requirementId);
    const scored = requirement.criteria.filter((c) => !c.priceFormula).map((c) => c.id);
    const proposals = await tx.proposal.count({
      where: { requirementId, status: { in: [...COUNTED_PROPOSALS] } },
    });
    const given = await tx.score.count({
      where: {
        evaluatorId: member.userId,
        criterionId: { in: scored },
        proposal: { requirementId },
      },
    });
    if (given < scored.length * proposals) throw new DomainError("CONFLICT", "scoresIncomplete");
    await tx.evaluator.update({ where: { id: seat.id }, data: { submittedAt: new Date() } });
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: requirementId,
      orgId: member.orgId,
      action: EVALUATION_ACTIONS.submit,
    });
  });
}
