import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireTrigger } from "../requirement-permissions";
import { notify } from "@/lib/domain/notifications/notify";
import { parseInput } from "@/lib/validation/parse-input";
import { applyTransition } from "./apply-transition";
import { lockRequirement } from "./lock-requirement";
import { reasonedTransitionSchema, type ReasonedTransitionInput } from "./transition.schema";

const NOTIFIED = {
  requestChanges: "requirement.changesRequested",
  reject: "requirement.rejected",
  takeDown: "requirement.takenDown",
} as const;

/**
 * An admin's decision that the owner must read a reason for; the reason is kept as the
 * requirement's `statusReason` (shown beside the form) and in the audit event.
 */
export async function moderateRequirement(
  actor: Actor,
  input: ReasonedTransitionInput,
  action: "requestChanges" | "reject" | "takeDown",
) {
  const admin = requireTrigger(actor, action);
  const { requirementId, reason } = parseInput(reasonedTransitionSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId);
    const result = await applyTransition(tx, admin, requirement, action, {
      reason,
      data: { statusReason: reason },
    });
    await notify(tx, { type: NOTIFIED[action], requirementId, reason });
    return result;
  });
}
