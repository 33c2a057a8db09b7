import "server-only";

import { admin, memberOf } from "@/lib/auth/guards";
import { definePermission } from "@/lib/auth/permission";

/**
 * Who may see an organization's matches (the vendors ranked for an enterprise's requirement, the
 * requirements ranked for a vendor): its members, admins and the operators' CLI.
 */
export const seeMatchesOf = definePermission<string>((actor, orgId) =>
  actor.kind === "system" || admin.can(actor) ? null : memberOf.refusal(actor, orgId),
);
