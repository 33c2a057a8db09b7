import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  orgId?: string | null;
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/** Any actor, or just the user who acted (e.g. by following an emailed link). */
export type AuditActor = Actor | { kind: "user"; userId: string; isAdmin?: boolean };

function actorColumns(actor: AuditActor): { actorUserId: string | null; actorKind: string } {
  if (actor.kind === "user") {
    return { actorUserId: actor.userId, actorKind: actor.isAdmin ? "admin" : "user" };
  }
  if (actor.kind === "system") return { actorUserId: null, actorKind: actor.name };
  return { actorUserId: null, actorKind: "visitor" };
}

/** Appends one audit event inside the caller's transaction (the table refuses UPDATE and DELETE). */
export async function recordAuditEvent(
  tx: Tx,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      ...actorColumns(actor),
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      orgId: entry.orgId ?? null,
      reason: entry.reason ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
