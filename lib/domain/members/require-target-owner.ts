import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwner, requireUser, type MemberActor } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";

/** The actor must be an owner of the organization the invitation belongs to. */
export async function requireInvitationOwner(
  actor: Actor,
  invitationId: string,
): Promise<MemberActor> {
  requireUser(actor);
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    select: { orgId: true },
  });
  if (!invitation) throw new DomainError("NOT_FOUND", "invitationNotFound");
  return requireOwner(actor, invitation.orgId);
}

/** The actor must be an owner of the organization the member (by user id) belongs to. */
export async function requireMemberOwner(actor: Actor, userId: string): Promise<MemberActor> {
  requireUser(actor);
  const membership = await db.membership.findUnique({
    where: { userId },
    select: { orgId: true },
  });
  if (!membership) throw new DomainError("NOT_FOUND", "memberNotFound");
  return requireOwner(actor, membership.orgId);
}
