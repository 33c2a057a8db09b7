import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { openForProposalsWhere, type DbNow } from "./open-for-proposals";
import { visibleRequirementsWhere } from "./visibility";

/** A member of the organization, for visibility: it sees what every member of it may see. */
export const asVendor = (orgId: string): Actor => ({
  kind: "user",
  userId: "",
  isAdmin: false,
  orgId,
  orgKind: "VENDOR",
  orgRole: "MEMBER",
});

/** Ids of the requirements the organization was invited to, whatever their state. */
export async function invitedRequirementIds(orgId: string): Promise<string[]> {
  const invitations = await db.bidInvitation.findMany({
    where: { vendorOrgId: orgId },
    select: { requirementId: true },
  });
  return invitations.map((invitation) => invitation.requirementId);
}

/**
 * Ids of the open requirements the organization's members may see beyond the public ones: its
 * own and its invitations' requirements that are not public.
 */
export async function privatelyVisibleOpenIds(orgId: string, now: DbNow): Promise<Set<string>> {
  // Found by index first (one query with both conditions scans every open requirement).
  const [own, invited] = await Promise.all([
    db.requirement.findMany({ where: { orgId }, select: { id: true } }),
    invitedRequirementIds(orgId),
  ]);
  const candidates = [...own.map((r) => r.id), ...invited];
  if (candidates.length === 0) return new Set<string>();
  const rows = await db.requirement.findMany({
    where: {
      AND: [
        { id: { in: candidates } },
        visibleRequirementsWhere(asVendor(orgId)),
        openForProposalsWhere(now),
        { NOT: visibleRequirementsWhere({ kind: "visitor" }) },
      ],
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
