import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { platform } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { closedByDeadlineSql, databaseNow } from "../open-for-proposals";
import { REQUIREMENT_TRANSITIONS } from "../state-machine";

/** At most this many requirements are closed by one call (the sweep calls again while full). */
export const CLOSE_BATCH = 500;

const { from, to, audit } = REQUIREMENT_TRANSITIONS.close;
const status = (value: string) => Prisma.sql`${value}::"RequirementStatus"`;

/**
 * The platform moves PUBLISHED requirements whose deadline has passed, by the database's clock,
 * to EVALUATING: one requirement (the deadline job) or every overdue one (the sweep). The
 * conditional UPDATE makes it idempotent and safe against concurrent transitions.
 */
export async function closeAtDeadline(
  actor: Actor,
  input: { requirementId?: string } = {},
): Promise<{ closed: string[] }> {
  platform.require(actor);
  const only = input.requirementId ? Prisma.sql`AND r.id = ${input.requirementId}` : Prisma.empty;
  return db.$transaction(async (tx) => {
    const now = await databaseNow(tx);
    const closed = closedByDeadlineSql("r", now);
    const rows = await tx.$queryRaw<{ id: string; orgId: string }[]>`
      UPDATE "Requirement" AS r
      SET status = ${status(to)}, "closedAt" = now(), "updatedAt" = now(), version = version + 1
      WHERE r.id IN (
        SELECT r.id FROM "Requirement" AS r
        WHERE ${closed} ${only}
        ORDER BY r.deadline LIMIT ${CLOSE_BATCH})
      AND ${closed}
      RETURNING r.id, r."orgId"`;
    for (const row of rows) {
      await recordAuditEvent(tx, actor, {
        entityType: "requirement",
        entityId: row.id,
        orgId: row.orgId,
        action: audit,
        before: { status: from[0] },
        after: { status: to },
      });
    }
    return { closed: rows.map((row) => row.id) };
  });
}
