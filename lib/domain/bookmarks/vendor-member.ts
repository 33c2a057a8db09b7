import type { Actor } from "@/lib/auth/actor";
import { requireOwnMembership, type MemberActor } from "@/lib/auth/guards";
import { forbidden } from "@/lib/domain/errors";

/**
 * A member (any role) of a VENDOR organization: bookmarks and saved searches are tools for
 * finding requirements to bid on, which only vendors do. Each member keeps their own; colleagues
 * see none of them.
 */
export function requireVendorMember(actor: Actor): MemberActor {
  const member = requireOwnMembership(actor);
  if (member.orgKind !== "VENDOR") throw forbidden("vendorOnly");
  return member;
}

/** Whether the actor may keep bookmarks and saved searches (for pages deciding what to show). */
export function isVendorMember(actor: Actor): boolean {
  return actor.kind === "user" && actor.orgId !== null && actor.orgKind === "VENDOR";
}
