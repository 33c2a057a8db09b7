import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwner } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { hashToken, newSecretToken } from "@/lib/security/tokens";
import { limitInvitationMail } from "./invitation-limits";
import { INVITATION_LIFETIME_MS, openInvitationWhere } from "./invitation-state";
import { inviteMemberSchema, type InviteMemberInput } from "./invite-member.schema";
import { confirmStillOwner, lockOrganization } from "./organization-lock";
import { sendInvitationEmail } from "./send-invitation-email";
import { parseInput } from "@/lib/validation/parse-input";

const emailRefused = (key: string) =>
  new DomainError("VALIDATION", key, { fieldErrors: { email: [key] } });

/**
 * An owner invites someone by email to join the organization as a member; the link (valid for 7
 * days) is emailed once the invitation is stored. Refused for an address that already belongs to
 * a member, or that has an invitation still waiting (which the owner can send again instead), and
 * held back when the owner, their IP or the address has had many (invitation-limits.ts).
 */
export async function inviteMember(
  actor: Actor,
  input: InviteMemberInput & { orgId: string },
  origin: RequestOrigin,
): Promise<{ invitationId: string }> {
  const owner = requireOwner(actor, input.orgId);
  const { email } = parseInput(inviteMemberSchema, input);
  const token = newSecretToken();

  const invitation = await db.$transaction(async (tx) => {
    await lockOrganization(tx, owner.orgId);
    await confirmStillOwner(tx, owner.userId, owner.orgId);
    const member = await tx.membership.findFirst({
      where: { orgId: owner.orgId, user: { email } },
      select: { id: true },
    });
    if (member) throw emailRefused("alreadyMember");
    const pending = await tx.invitation.findFirst({
      where: { orgId: owner.orgId, email, ...openInvitationWhere, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (pending) throw emailRefused("invitationPending");
    await limitInvitationMail(owner, email, origin);

    const created = await tx.invitation.create({
      data: {
        orgId: owner.orgId,
        email,
        role: "MEMBER",
        tokenHash: hashToken(token),
        invitedById: owner.userId,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAuditEvent(tx, owner, {
      entityType: "invitation",
      entityId: created.id,
      orgId: owner.orgId,
      action: "invitation.create",
      after: {
        email: created.email,
        role: created.role,
        expiresAt: created.expiresAt.toISOString(),
      },
    });
    await sendInvitationEmail({ email, orgId: owner.orgId, senderId: owner.userId, token }, tx);
    return created;
  });

  return { invitationId: invitation.id };
}
