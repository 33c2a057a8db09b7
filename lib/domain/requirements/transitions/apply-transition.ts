import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import {
  REQUIREMENT_TRANSITIONS,
  assertTransition,
  type RequirementAction,
} from "../state-machine";
import type { LockedRequirement } from "./lock-requirement";

type Tx = Prisma.TransactionClient;

/**
 * Moves a requirement (read with `lockRequirement` in the same transaction) by `action`: refuses
 * a move the state machine does not allow, updates the row only if it still has the status and
 * version that were read (incrementing the version), and appends the audit event.
 */
export async function applyTransition(
  tx: Tx,
  actor: AuditActor,
  requirement: LockedRequirement,
  action: RequirementAction,
  change: { reason?: string | null; data?: Prisma.RequirementUpdateManyMutationInput } = {},
) {
  const to = assertTransition(requirement.status, action);
  const { count } = await tx.requirement.updateMany({
    where: { id: requirement.id, status: requirement.status, version: requirement.version },
    data: { ...change.data, status: to, version: { increment: 1 } },
  });
  if (count === 0) throw new DomainError("CONFLICT", "requirementChanged");
  await recordAuditEvent(tx, actor, {
    entityType: "requirement",
    entityId: requirement.id,
    orgId: requirement.orgId,
    action: REQUIREMENT_TRANSITIONS[action].audit,
    reason: change.reason ?? null,
    before: { status: requirement.status },
    after: { status: to },
  });
  return { id: requirement.id, status: to, version: requirement.version + 1 };
}
