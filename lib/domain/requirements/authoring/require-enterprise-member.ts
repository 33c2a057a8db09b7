import type { Actor } from "@/lib/auth/actor";
import { requireOwnMembership, type MemberActor } from "@/lib/auth/guards";
import { forbidden } from "@/lib/domain/errors";

/** A member (any role) of an ENTERPRISE organization: the people who author requirements. */
export function requireEnterpriseMember(actor: Actor): MemberActor {
  const member = requireOwnMembership(actor);
  if (member.orgKind !== "ENTERPRISE") throw forbidden("enterpriseOnly");
  return member;
}
