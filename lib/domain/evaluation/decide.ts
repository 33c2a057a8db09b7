import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError, notFound } from "@/lib/domain/errors";
import { notify } from "@/lib/domain/notifications/notify";
import { COUNTED_PROPOSALS } from "@/lib/domain/proposals/counted-proposals";
import { assertTransition } from "@/lib/domain/requirements/state-machine";
import { requireTrigger } from "@/lib/domain/requirements/requirement-permissions";
import { applyTransition } from "@/lib/domain/requirements/transitions/apply-transition";
import { lockRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { parseInput } from "@/lib/validation/parse-input";
import { EVALUATION_ACTIONS } from "./evaluation-actions";
import { openedRequirement, requireEvaluationMember } from "./evaluation-access";
import {
  awardSchema,
  shortlistSchema,
  unsuccessfulSchema,
  type AwardInput,
} from "./evaluation.schema";
import { rankingOf } from "./read-scores";

const reasonRequired = () =>
  new DomainError("VALIDATION", "awardReasonRequired", {
    fieldErrors: { reason: ["awardReasonRequired"] },
  });

/** The enterprise marks a proposal SHORTLISTED or NOT_SELECTED while evaluating. */
export async function shortlistProposal(
  actor: Actor,
  input: { requirementId: string; proposalId: string; shortlisted: boolean },
) {
  const member = requireEvaluationMember(actor);
  const { requirementId, proposalId, shortlisted } = parseInput(shortlistSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await openedRequirement(tx, member, requirementId);
    if (requirement.status !== "EVALUATING") {
      throw new DomainError("INVALID_TRANSITION", "requirementNotEvaluating");
    }
    const status = shortlisted ? "SHORTLISTED" : "NOT_SELECTED";
    const { count } = await tx.proposal.updateMany({
      where: {
        id: proposalId,
        requirementId,
        status: { in: ["SUBMITTED", "SHORTLISTED", "NOT_SELECTED"] },
      },
      data: { status },
    });
    if (count === 0) throw notFound("Proposal");
    await recordAuditEvent(tx, member, {
      entityType: "proposal",
      entityId: proposalId,
      orgId: member.orgId,
      action: EVALUATION_ACTIONS.shortlist,
      after: { status },
    });
  });
}

/**
 * Awards one proposal: the requirement becomes AWARDED, the proposal AWARDED and every other
 * bidder NOT_AWARDED, with the audit event, in one transaction on the locked requirement (of two
 * concurrent awards the second finds it AWARDED and is refused). A proposal that is not the
 * top-ranked needs a written reason.
 */
export async function awardProposal(actor: Actor, input: AwardInput) {
  requireEvaluationMember(actor);
  const member = requireTrigger(actor, "award");
  const { requirementId, proposalId, reason, shareScoresWithBidders } = parseInput(
    awardSchema,
    input,
  );
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    // A second, concurrent award waits on the lock and then finds the requirement decided.
    assertTransition(requirement.status, "award");
    const opened = await openedRequirement(tx, member, requirementId);
    const proposal = await tx.proposal.findFirst({
      where: { id: proposalId, requirementId, status: { in: ["SUBMITTED", "SHORTLISTED"] } },
    });
    if (!proposal) throw notFound("Proposal");
    const ranking = await rankingOf(requirementId, opened.criteria);
    const top = ranking.rows.find((row) => row.proposalId === proposalId)?.rank === 1;
    if (!top && !reason) throw reasonRequired();
    await applyTransition(tx, member, requirement, "award", {
      reason: reason ?? null,
      data: { shareScoresWithBidders },
    });
    await tx.award.create({
      data: { requirementId, proposalId, reason: reason ?? null, decidedById: member.userId },
    });
    await tx.proposal.update({ where: { id: proposalId }, data: { status: "AWARDED" } });
    await tx.proposal.updateMany({
      where: { requirementId, id: { not: proposalId }, status: { in: [...COUNTED_PROPOSALS] } },
      data: { status: "NOT_AWARDED" },
    });
    await notify(tx, { type: "outcome.awarded", requirementId });
    await notify(tx, { type: "outcome.notAwarded", requirementId });
    return { proposalId, topRanked: top };
  });
}

/** Closes the requirement as UNSUCCESSFUL (流标) with a reason; every bidder is NOT_AWARDED. */
export async function closeUnsuccessful(
  actor: Actor,
  input: { requirementId: string; reason: string },
) {
  requireEvaluationMember(actor);
  const member = requireTrigger(actor, "noAward");
  const { requirementId, reason } = parseInput(unsuccessfulSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    await applyTransition(tx, member, requirement, "noAward", {
      reason,
      data: { statusReason: reason },
    });
    await tx.proposal.updateMany({
      where: { requirementId, status: { in: [...COUNTED_PROPOSALS] } },
      data: { status: "NOT_AWARDED" },
    });
    await notify(tx, { type: "outcome.unsuccessful", requirementId, reason });
  });
}
