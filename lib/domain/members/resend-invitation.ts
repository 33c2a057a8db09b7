import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { hashToken, newSecretToken } from "@/lib/security/tokens";
import { limitInvitationMail } from "./invitation-limits";
import { INVITATION_LIFETIME_MS, openInvitationWhere } from "./invitation-state";
import { requireInvitationOwner } from "./require-target-owner";
import { sendInvitationEmail } from "./send-invitation-email";
import { invitationTargetSchema, type InvitationTarget } from "./targets.schema";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * An owner sends an invitation that has not been accepted again (expired ones too): a new link,
 * valid for another 7 days; the previous link stops working.
 */
export async function resendInvitation(
  actor: Actor,
  input: InvitationTarget,
  origin: RequestOrigin,
): Promise<void> {
  const { invitationId } = parseInput(invitationTargetSchema, input);
  const owner = await requireInvitationOwner(actor, invitationId);
  const invited = await db.invitation.findFirst({
    where: { id: invitationId, orgId: owner.orgId },
    select: { email: true },
  });
  if (invited) await limitInvitationMail(owner, invited.email, origin);
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);

  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, orgId: owner.orgId, ...openInvitationWhere },
      data: { tokenHash: hashToken(token), expiresAt },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "invitationNotPending");
    await recordAuditEvent(tx, owner, {
      entityType: "invitation",
      entityId: invitationId,
      orgId: owner.orgId,
      action: "invitation.resend",
      after: { expiresAt: expiresAt.toISOString() },
    });
    const { email } = await tx.invitation.findUniqueOrThrow({
      where: { id: invitationId },
      select: { email: true },
    });
    await sendInvitationEmail({ email, orgId: owner.orgId, senderId: owner.userId, token }, tx);
  });
}
