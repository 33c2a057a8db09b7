import type { Actor } from "@/lib/auth/actor";
import { requireOwner, type MemberActor } from "@/lib/auth/guards";
import { forbidden } from "@/lib/domain/errors";

/** An owner of `orgId`, which must be a vendor (case studies and certifications are vendors'). */
export function requireVendorOwner(actor: Actor, orgId: string): MemberActor {
  const owner = requireOwner(actor, orgId);
  if (owner.orgKind !== "VENDOR") throw forbidden("vendorOnly");
  return owner;
}
