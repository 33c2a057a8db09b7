import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";
import { CHANGE_DEADLINES_ACTION } from "./change-deadlines";

type Snapshot = { deadline?: string | null; questionDeadline?: string | null };

const snapshot = (value: unknown): Snapshot =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : {};

const dateOf = (value: string | null | undefined) => (value ? new Date(value) : null);

/**
 * The change notices (变更公告) of a requirement, oldest first: when its deadlines moved, from
 * what to what, and why. Public to everyone who can see the requirement, as its deadlines are.
 */
export async function listDeadlineChanges(actor: Actor, requirementId: string) {
  await requireVisibleRequirement(db, actor, requirementId);
  const events = await db.auditEvent.findMany({
    where: { entityType: "requirement", entityId: requirementId, action: CHANGE_DEADLINES_ACTION },
    orderBy: { id: "asc" },
    select: { id: true, reason: true, before: true, after: true, createdAt: true },
  });
  return events.map((event) => {
    const before = snapshot(event.before);
    const after = snapshot(event.after);
    return {
      id: event.id.toString(),
      changedAt: event.createdAt,
      reason: event.reason ?? "",
      deadline: { from: dateOf(before.deadline), to: dateOf(after.deadline) },
      questionDeadline: {
        from: dateOf(before.questionDeadline),
        to: dateOf(after.questionDeadline),
      },
    };
  });
}

export type DeadlineChange = Awaited<ReturnType<typeof listDeadlineChanges>>[number];
