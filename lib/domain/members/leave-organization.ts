import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMember } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { lockOrganization, requireOwnerRemains } from "./organization-lock";

/**
 * A member leaves the organization; their account stays. The last owner cannot leave (they hand
 * ownership over first), so an organization always has an owner.
 */
export async function leaveOrganization(actor: Actor, input: { orgId: string }): Promise<void> {
  const member = requireMember(actor, input.orgId);
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, member.orgId);
    const membership = await tx.membership.findFirst({
      where: { userId: member.userId, orgId: member.orgId },
      select: { id: true, role: true },
    });
    if (!membership) throw new DomainError("NOT_FOUND", "memberNotFound");
    await tx.membership.delete({ where: { id: membership.id } });
    await requireOwnerRemains(tx, member.orgId, "lastOwnerCannotLeave");
    await recordAuditEvent(tx, member, {
      entityType: "membership",
      entityId: membership.id,
      orgId: member.orgId,
      action: "membership.leave",
      before: { userId: member.userId, role: membership.role },
    });
  });
}
