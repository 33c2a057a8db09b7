import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireEnterpriseMember } from "@/lib/auth/guards";
import { notify } from "@/lib/domain/notifications/notify";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { scheduleDeadline } from "@/lib/jobs/deadline-jobs";
import { errorKey } from "@/lib/validation/fields";
import { failValidation, parseInput } from "@/lib/validation/parse-input";
import type { DbNow } from "../open-for-proposals";
import { changeRequirementDeadlines } from "../requirement-permissions";
import { lockOpenRequirement } from "../transitions/lock-requirement";
import { changeDeadlinesSchema, type ChangeDeadlinesInput } from "./change-deadlines.schema";

export const CHANGE_DEADLINES_ACTION = "requirement.change-deadlines";

type Deadlines = { deadline: Date | null; questionDeadline: Date | null };

/** Earlier than before; no deadline at all counts as the latest. */
const isEarlier = (next: Date | null, current: Date | null) =>
  next !== null && (current === null || next.getTime() < current.getTime());

const iso = (value: Date | null) => value?.toISOString() ?? null;

function checkNewDeadlines(next: Deadlines, current: Deadlines, now: DbNow): void {
  const refusals: Record<string, string[]> = {};
  for (const field of ["deadline", "questionDeadline"] as const) {
    const value = next[field];
    if (value && value.getTime() !== current[field]?.getTime() && value <= now)
      refusals[field] = [errorKey("deadlineInPast")];
  }
  if (next.questionDeadline && next.deadline && next.questionDeadline > next.deadline)
    refusals.questionDeadline = [errorKey("questionAfterDeadline")];
  if (Object.keys(refusals).length > 0) failValidation(refusals);
  if (
    iso(next.deadline) === iso(current.deadline) &&
    iso(next.questionDeadline) === iso(current.questionDeadline)
  )
    failValidation({ deadline: [errorKey("deadlineChangeEmpty")] });
}

/**
 * The owner of the requirement's organization moves its proposal and/or question deadlines while
 * it is open for proposals, with a reason published as a change notice (the audit event).
 * Extending is always allowed; shortening only while no vendor has submitted a proposal, since a
 * vendor who planned by the published deadline must not lose time.
 */
export async function changeDeadlines(actor: Actor, input: ChangeDeadlinesInput) {
  const member = requireEnterpriseMember(actor);
  const { requirementId, reason, ...given } = parseInput(changeDeadlinesSchema, input);
  const changed = await db.$transaction(async (tx) => {
    const requirement = await lockOpenRequirement(tx, requirementId, {
      orgId: member.orgId,
      mode: "update",
    });
    changeRequirementDeadlines.require(member, requirement);
    const current = {
      deadline: requirement.deadline,
      questionDeadline: requirement.questionDeadline,
    };
    const next = {
      deadline: given.deadline ?? current.deadline,
      questionDeadline: given.questionDeadline ?? current.questionDeadline,
    };
    checkNewDeadlines(next, current, requirement.dbNow);
    const shortened =
      isEarlier(next.deadline, current.deadline) ||
      isEarlier(next.questionDeadline, current.questionDeadline);
    if (shortened) {
      const proposals = await tx.proposal.count({
        where: { requirementId, versions: { some: {} } },
      });
      if (proposals > 0) throw new DomainError("CONFLICT", "shorteningWithProposals");
    }
    await tx.requirement.update({
      where: { id: requirementId },
      data: { ...next, version: { increment: 1 } },
    });
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: requirementId,
      orgId: member.orgId,
      action: CHANGE_DEADLINES_ACTION,
      reason,
      before: { deadline: iso(current.deadline), questionDeadline: iso(current.questionDeadline) },
      after: { deadline: iso(next.deadline), questionDeadline: iso(next.questionDeadline) },
    });
    await notify(tx, { type: "deadline.changed", requirementId });
    return next.deadline && iso(next.deadline) !== iso(current.deadline) ? next.deadline : null;
  });
  // The job queued for the old deadline finds the requirement still open and does nothing.
  if (changed) {
    await scheduleDeadline(requirementId, changed).catch((error: unknown) => {
      console.error(`[jobs] could not queue the deadline of requirement ${requirementId}`, error);
    });
  }
}
