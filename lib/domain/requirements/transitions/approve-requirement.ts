import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireTrigger } from "../requirement-permissions";
import { DomainError } from "@/lib/domain/errors";
import { scheduleDeadline } from "@/lib/jobs/deadline-jobs";
import { notify } from "@/lib/domain/notifications/notify";
import { announceLater } from "@/lib/jobs/new-requirement-jobs";
import { parseInput } from "@/lib/validation/parse-input";
import { assertTransition } from "../state-machine";
import { applyTransition } from "./apply-transition";
import { lockRequirement } from "./lock-requirement";
import { requirementTransitionSchema, type RequirementTransitionInput } from "./transition.schema";

/**
 * An admin publishes a requirement waiting for review. Refused when its deadline has already
 * passed (the admin requests changes instead). After commit the deadline job is queued; if that
 * fails, the every-minute sweep still closes the requirement on time.
 */
export async function approveRequirement(actor: Actor, input: RequirementTransitionInput) {
  const admin = requireTrigger(actor, "approve");
  const { requirementId } = parseInput(requirementTransitionSchema, input);
  const { result, deadline } = await db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId);
    assertTransition(requirement.status, "approve");
    if (requirement.deadlinePassed) {
      throw new DomainError("DEADLINE_PASSED", "approveDeadlinePassed");
    }
    const result = await applyTransition(tx, admin, requirement, "approve", {
      data: { publishedAt: requirement.dbNow, statusReason: null },
    });
    await notify(tx, { type: "requirement.approved", requirementId });
    // Matching every vendor and saved search is too slow for the admin's request: a job does it.
    await announceLater(tx, requirementId);
    return { result, deadline: requirement.deadline };
  });
  if (deadline) {
    await scheduleDeadline(requirementId, deadline).catch((error: unknown) => {
      console.error(`[jobs] could not queue the deadline of requirement ${requirementId}`, error);
    });
  }
  return result;
}
