import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { hashToken } from "@/lib/security/tokens";
import { invitationTokenSchema, type InvitationTokenInput } from "./accept-invitation.schema";
import { invitationState } from "./invitation-state";
import { joinOrganization } from "./join-organization-permission";

/** What the person holding the link can do with a valid invitation. */
export type InvitationNextStep =
  | "accept" // signed in with the invited address, in no organization yet
  | "signUp" // a visitor without an account for the address: create it on the way
  | "signIn" // a visitor whose address already has an account
  | "otherEmail" // signed in as somebody else
  | "alreadyMember" // already a member of the inviting organization
  | "inOrganization" // already in another organization (one per user)
  | "admin"; // platform staff do not join organizations

const notFound = () => new DomainError("NOT_FOUND", "invitationNotFound");

/** The invitation behind an emailed link, for its accept page: anyone holding the token. */
export async function getInvitation(actor: Actor, input: InvitationTokenInput) {
  const parsed = invitationTokenSchema.safeParse(input);
  if (!parsed.success) throw notFound();
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(parsed.data.token) },
    select: {
      orgId: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true, kind: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) throw notFound();
  const state = invitationState(invitation);
  return {
    organization: invitation.organization,
    inviterName: invitation.invitedBy.name,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
    state,
    nextStep: state === "valid" ? await nextStep(actor, invitation) : null,
  };
}

async function nextStep(
  actor: Actor,
  invitation: { email: string; orgId: string },
): Promise<InvitationNextStep> {
  if (actor.kind !== "user") {
    const account = await db.user.findUnique({
      where: { email: invitation.email },
      select: { id: true },
    });
    return account ? "signIn" : "signUp";
  }
  if (!joinOrganization.can(actor)) return "admin";
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { email: true, membership: { select: { orgId: true } } },
  });
  if (user.membership?.orgId === invitation.orgId) return "alreadyMember";
  if (user.email !== invitation.email) return "otherEmail";
  return user.membership ? "inOrganization" : "accept";
}

export type InvitationView = Awaited<ReturnType<typeof getInvitation>>;
