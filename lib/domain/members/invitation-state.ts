import "server-only";
import { appUrl } from "@/lib/config";
import { DomainError } from "@/lib/domain/errors";

/** An invitation link works for 7 days after it was (re)sent. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitationState = "valid" | "expired" | "used" | "revoked";

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "valid";
}

const refusalKeys: Record<Exclude<InvitationState, "valid">, string> = {
  expired: "invitationExpired",
  used: "invitationUsed",
  revoked: "invitationRevoked",
};

/** Refuses an invitation that can no longer be accepted, saying why. */
export function requireValidInvitation(state: InvitationState): void {
  if (state !== "valid") throw new DomainError("CONFLICT", refusalKeys[state]);
}

/** Conditions of an invitation that is still waiting for its invitee (possibly expired). */
export const openInvitationWhere = { acceptedAt: null, revokedAt: null } as const;

export const invitationLink = (token: string) =>
  `${appUrl()}/invitations/${encodeURIComponent(token)}`;
