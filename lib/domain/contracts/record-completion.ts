import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/domain/notifications/notify";
import { parseInput } from "@/lib/validation/parse-input";
import { requireTrigger } from "@/lib/domain/requirements/requirement-permissions";
import { applyTransition } from "@/lib/domain/requirements/transitions/apply-transition";
import { lockRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { recordCompletionSchema, type RecordCompletionInput } from "./contract.schema";

/**
 * A member of the owner organization accepts the delivery (验收) and rates the vendor 1–5:
 * CONTRACTED → COMPLETED, in one transaction with the contract's completion and the audit event.
 * The rating is the vendor's public track record.
 */
export async function recordCompletion(actor: Actor, input: RecordCompletionInput) {
  const member = requireTrigger(actor, "complete");
  const { requirementId, acceptanceNotes, rating, ratingComment } = parseInput(
    recordCompletionSchema,
    input,
  );
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    const moved = await applyTransition(tx, member, requirement, "complete", {
      reason: acceptanceNotes,
    });
    const { award } = await tx.contract.update({
      where: { requirementId },
      data: {
        completedAt: requirement.dbNow,
        completedById: member.userId,
        acceptanceNotes,
        rating,
        ratingComment: ratingComment ?? null,
      },
      select: { award: { select: { proposal: { select: { vendorOrgId: true } } } } },
    });
    const { vendorOrgId } = award.proposal;
    await notify(tx, { type: "rating.received", requirementId, vendorOrgId, rating });
    return moved;
  });
}
