import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireTrigger } from "../requirement-permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { applyTransition } from "./apply-transition";
import { lockRequirement } from "./lock-requirement";
import { reasonedTransitionSchema, type ReasonedTransitionInput } from "./transition.schema";

/**
 * The owner (OWNER role) of the organization withdraws a requirement at any point before award,
 * with a reason that vendors and admins will read.
 */
export async function cancelRequirement(actor: Actor, input: ReasonedTransitionInput) {
  const member = requireTrigger(actor, "cancel");
  const { requirementId, reason } = parseInput(reasonedTransitionSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    return applyTransition(tx, member, requirement, "cancel", {
      reason,
      data: { statusReason: reason },
    });
  });
}
