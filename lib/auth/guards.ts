import type { Actor } from "./actor";
import { DomainError, forbidden, unauthenticated } from "@/lib/domain/errors";

export type UserActor = Extract<Actor, { kind: "user" }>;
export type MemberActor = UserActor & {
  orgId: string;
  orgKind: NonNullable<UserActor["orgKind"]>;
  orgRole: NonNullable<UserActor["orgRole"]>;
};

/** A signed-in user (any role). */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== "user") throw unauthenticated();
  return actor;
}

export function requireAdmin(actor: Actor): UserActor {
  const user = requireUser(actor);
  if (!user.isAdmin) throw forbidden();
  return user;
}

/** A member of `orgId` (any role). */
export function requireMember(actor: Actor, orgId: string): MemberActor {
  const user = requireUser(actor);
  if (user.orgId !== orgId || !user.orgKind || !user.orgRole) throw forbidden();
  return user as MemberActor;
}

/** An owner of `orgId`. */
export function requireOwner(actor: Actor, orgId: string): MemberActor {
  const member = requireMember(actor, orgId);
  if (member.orgRole !== "OWNER") throw forbidden("ownerOnly");
  return member;
}

/** A member of some organization (their own); for use cases that act on "my organization". */
export function requireOwnMembership(actor: Actor): MemberActor {
  const user = requireUser(actor);
  if (!user.orgId) throw new DomainError("FORBIDDEN", "noOrganization");
  return requireMember(actor, user.orgId);
}

/** Admins pass; otherwise a member of `orgId`. */
export function requireMemberOrAdmin(actor: Actor, orgId: string): UserActor {
  const user = requireUser(actor);
  return user.isAdmin ? user : requireMember(actor, orgId);
}
