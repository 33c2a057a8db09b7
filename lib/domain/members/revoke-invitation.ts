import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { openInvitationWhere } from "./invitation-state";
import { requireInvitationOwner } from "./require-target-owner";
import { invitationTargetSchema, type InvitationTarget } from "./targets.schema";
import { parseInput } from "@/lib/validation/parse-input";

/** An owner withdraws an invitation that has not been accepted: its link stops working. */
export async function revokeInvitation(actor: Actor, input: InvitationTarget): Promise<void> {
  const { invitationId } = parseInput(invitationTargetSchema, input);
  const owner = await requireInvitationOwner(actor, invitationId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, orgId: owner.orgId, ...openInvitationWhere },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "invitationNotPending");
    await recordAuditEvent(tx, owner, {
      entityType: "invitation",
      entityId: invitationId,
      orgId: owner.orgId,
      action: "invitation.revoke",
    });
  });
}
