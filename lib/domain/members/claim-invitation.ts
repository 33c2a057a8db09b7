import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";
import { hashToken } from "@/lib/security/tokens";
import { invitationState, openInvitationWhere, requireValidInvitation } from "./invitation-state";

type Tx = Prisma.TransactionClient;

const stateSelect = { acceptedAt: true, revokedAt: true, expiresAt: true } as const;

/** The invitation behind a token, refused (with the reason) when it can no longer be accepted. */
export async function findValidInvitation(client: Tx, token: string) {
  const invitation = await client.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, orgId: true, email: true, role: true, ...stateSelect },
  });
  if (!invitation) throw new DomainError("NOT_FOUND", "invitationNotFound");
  requireValidInvitation(invitationState(invitation));
  return invitation;
}

/**
 * Marks the invitation accepted, inside the caller's transaction. The update is conditional, so
 * of two concurrent accepts only one succeeds; the other is told why the link no longer works.
 */
export async function claimInvitation(tx: Tx, token: string) {
  const invitation = await findValidInvitation(tx, token);
  const now = new Date();
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, ...openInvitationWhere, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (count !== 1) {
    const current = await tx.invitation.findUniqueOrThrow({
      where: { id: invitation.id },
      select: stateSelect,
    });
    requireValidInvitation(invitationState(current, now));
    throw new DomainError("CONFLICT", "invitationUsed");
  }
  return invitation;
}
