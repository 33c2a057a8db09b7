import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { memberOf } from "@/lib/auth/guards";

/**
 * The requirement's contract as its enterprise recorded it, for the enterprise's members only
 * (null for anyone else, and before signing).
 */
export async function getContractForMembers(
  actor: Actor,
  requirement: { id: string; orgId: string },
) {
  if (!memberOf.can(actor, requirement.orgId)) return null;
  return db.contract.findUnique({
    where: { requirementId: requirement.id },
    select: {
      contractNumber: true,
      amountCny: true,
      signedAt: true,
      completedAt: true,
      acceptanceNotes: true,
      rating: true,
      ratingComment: true,
      signedDocument: { select: { originalName: true } },
    },
  });
}
