import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { endSessions } from "@/lib/auth/sessions";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";

/** The signed-in user ends every session they hold, this browser's too. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  const user = requireUser(actor);
  await db.$transaction(async (tx) => {
    const ended = await endSessions(tx, user.userId);
    await recordAuditEvent(tx, user, {
      entityType: "user",
      entityId: user.userId,
      action: "user.sign-out-everywhere",
      after: { sessionsEnded: ended },
    });
  });
}
