import "server-only";

import { memberOf, memberOrAdmin } from "@/lib/auth/guards";
import { definePermission } from "@/lib/auth/permission";

/**
 * Who may invite vendors to a requirement: the members (owners and members) of its enterprise.
 * Admins may look, but an invitation speaks for the enterprise, so they may not send one.
 */
export const inviteVendorsFor = definePermission<string>((actor, orgId) =>
  memberOf.refusal(actor, orgId),
);

/** Who may see whom a requirement's enterprise invited, and who has viewed it: its members, admins. */
export const seeInvitationsOf = definePermission<string>((actor, orgId) =>
  memberOrAdmin.refusal(actor, orgId),
);
