import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { confirmStillOwner, lockOrganization } from "./organization-lock";
import { requireMemberOwner } from "./require-target-owner";
import { memberTargetSchema, type MemberTarget } from "./targets.schema";
import { parseInput } from "@/lib/validation/parse-input";

/** An owner hands ownership to another member of the organization and becomes a member. */
export async function transferOwnership(actor: Actor, input: MemberTarget): Promise<void> {
  const { userId } = parseInput(memberTargetSchema, input);
  const owner = await requireMemberOwner(actor, userId);
  if (userId === owner.userId) throw new DomainError("CONFLICT", "alreadyOwner");

  await db.$transaction(async (tx) => {
    await lockOrganization(tx, owner.orgId);
    await confirmStillOwner(tx, owner.userId, owner.orgId);
    const target = await tx.membership.findFirst({
      where: { userId, orgId: owner.orgId },
      select: { id: true, role: true },
    });
    if (!target) throw new DomainError("NOT_FOUND", "memberNotFound");
    if (target.role === "OWNER") throw new DomainError("CONFLICT", "alreadyOwner");
    await tx.membership.update({ where: { id: target.id }, data: { role: "OWNER" } });
    await tx.membership.update({ where: { userId: owner.userId }, data: { role: "MEMBER" } });
    await recordAuditEvent(tx, owner, {
      entityType: "organization",
      entityId: owner.orgId,
      orgId: owner.orgId,
      action: "organization.transfer-ownership",
      before: { owner: owner.userId },
      after: { owner: userId },
    });
  });
}
