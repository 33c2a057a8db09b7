import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { databaseNow, effectiveStatus } from "@/lib/domain/requirements/open-for-proposals";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";

/** At most this many are listed: invitations are few, and the newest matter. */
const SHOWN = 100;

/**
 * The invitations to bid the actor's vendor received, unread first, newest first within each.
 * Those whose requirement it may no longer see (cancelled, taken down) are left out.
 */
export async function listOwnInvitations(actor: Actor) {
  const member = requireVendorMember(actor);
  const [rows, now] = await Promise.all([
    db.bidInvitation.findMany({
      where: { vendorOrgId: member.orgId, requirement: visibleRequirementsWhere(member) },
      orderBy: [{ viewedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      take: SHOWN,
      select: {
        id: true,
        message: true,
        createdAt: true,
        viewedAt: true,
        requirement: {
          select: {
            id: true,
            title: true,
            status: true,
            deadline: true,
            organization: { select: { id: true, name: true, nameEn: true } },
          },
        },
      },
    }),
    databaseNow(),
  ]);
  return rows.map(({ viewedAt, requirement, ...invitation }) => ({
    ...invitation,
    read: viewedAt !== null,
    requirement: { ...requirement, status: effectiveStatus(requirement, now) },
  }));
}
