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

/**
 * Ids of the open requirements the organization's members may see beyond the public ones: its
 * own and its invitations' requirements that are not public.
 */
export async function privatelyVisibleOpenIds(orgId: string, now: DbNow): Promise<Set<string>> {
  // Found by index first (one query with both conditions scans every open requirement).
  const [own, invitations] = await Promise.all([
    db.requirement.findMany({ where: { orgId }, select: { id: true } }),
    db.bidInvitation.findMany({ where: { vendorOrgId: orgId }, select: { requirementId: true } }),
  ]);
  const candidates = [...own.map((r) => r.id), ...invitations.map((i) => i.requirementId)];
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
