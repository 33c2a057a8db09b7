import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireTrigger } from "../requirement-permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { assertTransition } from "../state-machine";
import { applyTransition } from "./apply-transition";
import { lockRequirement } from "./lock-requirement";
import { assertReadyForReview } from "./ready-for-review";
import { requirementTransitionSchema, type RequirementTransitionInput } from "./transition.schema";

/**
 * A member of the owner organization sends a DRAFT to the admins' moderation queue. Refused when
 * the deadline is missing or not in the future, or the criteria weights do not sum to 100. Clears
 * the reason of an earlier "changes requested".
 */
export async function submitRequirement(actor: Actor, input: RequirementTransitionInput) {
  const member = requireTrigger(actor, "submit");
  const { requirementId } = parseInput(requirementTransitionSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    assertTransition(requirement.status, "submit");
    await assertReadyForReview(tx, requirement);
    return applyTransition(tx, member, requirement, "submit", {
      data: { submittedAt: requirement.dbNow, statusReason: null },
    });
  });
}
