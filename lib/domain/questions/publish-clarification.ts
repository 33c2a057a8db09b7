import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberActor } from "@/lib/auth/guards";
import { notify } from "@/lib/domain/notifications/notify";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { LockedRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";

export const PUBLISH_CLARIFICATION_ACTION = "requirement.publish-clarification";

/**
 * Writes a clarification (an answered question or an addendum) at the database's time, with its
 * audit event on the requirement, inside the caller's transaction.
 */
export async function publishClarification(
  tx: Prisma.TransactionClient,
  member: MemberActor,
  requirement: LockedRequirement,
  content: { questionId?: string; questionText?: string; body: string; askerOrdinal?: number },
): Promise<string> {
  const clarification = await tx.clarification.create({
    data: {
      requirementId: requirement.id,
      ...content,
      publishedById: member.userId,
      publishedAt: requirement.dbNow,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, member, {
    entityType: "requirement",
    entityId: requirement.id,
    orgId: requirement.orgId,
    action: PUBLISH_CLARIFICATION_ACTION,
    after: { clarificationId: clarification.id, addendum: !content.questionId },
  });
  await notify(tx, { type: "clarification.published", requirementId: requirement.id });
  return clarification.id;
}
