import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { DomainError, forbidden, unauthenticated } from "@/lib/domain/errors";
import type { Actor } from "./actor";
import { definePermission } from "./permission";

export type UserActor = Extract<Actor, { kind: "user" }>;
export type MemberActor = UserActor & {
  orgId: string;
  orgKind: NonNullable<UserActor["orgKind"]>;
  orgRole: NonNullable<UserActor["orgRole"]>;
};

// Who the actor is, as permissions (`can…` for pages, `require…` for use cases). Each guard
// below is the permission's `require`, returning the actor with the type it guarantees.

export const signedIn = definePermission((actor) =>
  actor.kind === "user" ? null : unauthenticated(),
);

export const admin = definePermission(
  (actor) => signedIn.refusal(actor) ?? (isAdminUser(actor) ? null : forbidden()),
);

/** A member (any role) of the organization. */
export const memberOf = definePermission<string>(
  (actor, orgId) => signedIn.refusal(actor) ?? (isMemberOf(actor, orgId) ? null : forbidden()),
);

/** An owner of the organization. */
export const ownerOf = definePermission<string>(
  (actor, orgId) =>
    memberOf.refusal(actor, orgId) ??
    (actor.kind === "user" && actor.orgRole === "OWNER" ? null : forbidden("ownerOnly")),
);

/** A member of some organization (their own); for use cases that act on "my organization". */
export const organizationMember = definePermission((actor) => {
  const refused = signedIn.refusal(actor);
  if (refused) return refused;
  return actor.kind === "user" && actor.orgId
    ? memberOf.refusal(actor, actor.orgId)
    : new DomainError("FORBIDDEN", "noOrganization");
});

/** A member (any role) of an organization of this kind: vendors bid, enterprises publish. */
export const memberOfKind = definePermission<OrganizationKind>(
  (actor, kind) =>
    organizationMember.refusal(actor) ??
    (actor.kind === "user" && actor.orgKind === kind
      ? null
      : forbidden(kind === "VENDOR" ? "vendorOnly" : "enterpriseOnly")),
);

/** Admins, or members (any role) of the organization. */
export const memberOrAdmin = definePermission<string>((actor, orgId) =>
  isAdminUser(actor) ? null : memberOf.refusal(actor, orgId),
);

/** An owner of the organization, which must be a vendor (case studies and certifications). */
export const vendorOwnerOf = definePermission<string>(
  (actor, orgId) =>
    ownerOf.refusal(actor, orgId) ??
    (actor.kind === "user" && actor.orgKind === "VENDOR" ? null : forbidden("vendorOnly")),
);

/** The platform itself (the deadline job, the operator's CLI), never a person. */
export const platform = definePermission((actor) => {
  if (actor.kind === "system") return null;
  return actor.kind === "visitor" ? unauthenticated() : forbidden();
});

/** Admins and the platform: they see (and import) every organization's records. */
export const adminOrPlatform = definePermission((actor) =>
  actor.kind === "system" || isAdminUser(actor) ? null : forbidden(),
);

function isAdminUser(actor: Actor): boolean {
  return actor.kind === "user" && actor.isAdmin;
}

function isMemberOf(actor: Actor, orgId: string): boolean {
  return actor.kind === "user" && actor.orgId === orgId && !!actor.orgKind && !!actor.orgRole;
}

/** A signed-in user (any role). */
export function requireUser(actor: Actor): UserActor {
  signedIn.require(actor);
  return actor as UserActor;
}

export function requireAdmin(actor: Actor): UserActor {
  admin.require(actor);
  return actor as UserActor;
}

/** A member of `orgId` (any role). */
export function requireMember(actor: Actor, orgId: string): MemberActor {
  memberOf.require(actor, orgId);
  return actor as MemberActor;
}

/** An owner of `orgId`. */
export function requireOwner(actor: Actor, orgId: string): MemberActor {
  ownerOf.require(actor, orgId);
  return actor as MemberActor;
}

/** A member of some organization (their own); for use cases that act on "my organization". */
export function requireOwnMembership(actor: Actor): MemberActor {
  organizationMember.require(actor);
  return actor as MemberActor;
}

/** Admins pass; otherwise a member of `orgId`. */
export function requireMemberOrAdmin(actor: Actor, orgId: string): UserActor {
  memberOrAdmin.require(actor, orgId);
  return actor as UserActor;
}

/**
 * A member (any role) of a VENDOR organization: the people who find requirements and bid.
 * Bookmarks, saved searches, questions and proposals are theirs.
 */
export function requireVendorMember(actor: Actor): MemberActor {
  memberOfKind.require(actor, "VENDOR");
  return actor as MemberActor;
}

/** A member (any role) of an ENTERPRISE organization: the people who author requirements. */
export function requireEnterpriseMember(actor: Actor): MemberActor {
  memberOfKind.require(actor, "ENTERPRISE");
  return actor as MemberActor;
}

/** An owner of `orgId`, which must be a vendor (case studies and certifications are vendors'). */
export function requireVendorOwner(actor: Actor, orgId: string): MemberActor {
  vendorOwnerOf.require(actor, orgId);
  return actor as MemberActor;
}

/** Whether the actor is a vendor member (pages deciding what to show). */
export function isVendorMember(actor: Actor): boolean {
  return memberOfKind.can(actor, "VENDOR");
}
