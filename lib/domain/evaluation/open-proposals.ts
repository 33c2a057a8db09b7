import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { notify } from "@/lib/domain/notifications/notify";
import { COUNTED_PROPOSALS } from "@/lib/domain/proposals/counted-proposals";
import { applyTransition } from "@/lib/domain/requirements/transitions/apply-transition";
import { lockRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { parseInput } from "@/lib/validation/parse-input";
import { EVALUATION_ACTIONS } from "./evaluation-actions";
import { requireEvaluationMember } from "./evaluation-access";
import { requirementRefSchema } from "./evaluation.schema";

const DEADLINE_JOB = { kind: "system", name: "job" } as const;

/**
 * Bid opening (开标): a member of the owner organization opens the proposals once the deadline
 * has passed by the database's clock. When the closing job has not run yet, opening closes the
 * requirement first (the job's own transition, by the platform). Opening twice is refused.
 */
export async function openProposals(actor: Actor, input: { requirementId: string }) {
  const member = requireEvaluationMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  return db.$transaction(async (tx) => {
    let requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    if (!requirement.deadlinePassed) throw new DomainError("CONFLICT", "deadlineNotPassed");
    if (requirement.status === "PUBLISHED") {
      const closed = await applyTransition(tx, DEADLINE_JOB, requirement, "close");
      requirement = { ...requirement, ...closed };
    }
    if (requirement.status !== "EVALUATING") {
      throw new DomainError("INVALID_TRANSITION", "requirementNotEvaluating");
    }
    const { count } = await tx.requirement.updateMany({
      where: { id: requirementId, openedAt: null },
      data: { openedAt: requirement.dbNow, openedById: member.userId },
    });
    if (count === 0) throw new DomainError("CONFLICT", "proposalsAlreadyOpened");
    const opened = await tx.proposal.count({
      where: { requirementId, status: { in: [...COUNTED_PROPOSALS] } },
    });
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: requirementId,
      orgId: member.orgId,
      action: EVALUATION_ACTIONS.open,
      after: { proposals: opened },
    });
    await notify(tx, { type: "proposals.opened", requirementId });
    return { openedAt: requirement.dbNow, proposals: opened };
  });
}
