import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { notify } from "@/lib/domain/notifications/notify";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { confirmStillOwner, lockOrganization, requireOwnerRemains } from "./organization-lock";
import { requireMemberOwner } from "./require-target-owner";
import { memberTargetSchema, type MemberTarget } from "./targets.schema";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * An owner removes another member (another owner too, while one owner remains). The removed
 * user's sessions are signed out, so that none keeps acting for the organization.
 */
export async function removeMember(actor: Actor, input: MemberTarget): Promise<void> {
  const { userId } = parseInput(memberTargetSchema, input);
  const owner = await requireMemberOwner(actor, userId);
  if (userId === owner.userId) throw new DomainError("CONFLICT", "cannotRemoveSelf");

  await db.$transaction(async (tx) => {
    await lockOrganization(tx, owner.orgId);
    await confirmStillOwner(tx, owner.userId, owner.orgId);
    const membership = await tx.membership.findFirst({
      where: { userId, orgId: owner.orgId },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!membership) throw new DomainError("NOT_FOUND", "memberNotFound");
    await tx.membership.delete({ where: { id: membership.id } });
    await requireOwnerRemains(tx, owner.orgId, "lastOwner");
    await tx.user.update({ where: { id: userId }, data: { sessionsValidAfter: new Date() } });
    await recordAuditEvent(tx, owner, {
      entityType: "membership",
      entityId: membership.id,
      orgId: owner.orgId,
      action: "membership.remove",
      before: { userId, email: membership.user.email, role: membership.role },
    });
    await notify(tx, { type: "member.removed", userId, orgName: await orgNameOf(tx, owner.orgId) });
  });
}

async function orgNameOf(tx: Prisma.TransactionClient, orgId: string): Promise<string> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { name: true },
  });
  return org.name;
}
