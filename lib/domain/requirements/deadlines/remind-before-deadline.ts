import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { platform } from "@/lib/auth/guards";
import { notify } from "@/lib/domain/notifications/notify";
import { databaseNow, openForProposalsSql } from "../open-for-proposals";

/** The reminder goes out this long before the proposal deadline. */
export const REMINDER_LEAD = Prisma.sql`interval '24 hours'`;

/** At most this many requirements are reminded by one call (the job calls again while full). */
export const REMIND_BATCH = 100;

/**
 * Reminds the vendors with a draft, a bookmark or an invitation (events.ts `deadline.reminder`) of
 * each open requirement whose deadline is within 24 h by the database's clock, once per
 * deadline: a reminder counts if it was sent within 24 h of the current deadline, so a deadline
 * moved later is reminded again before the new one, and one moved earlier is not. The
 * conditional UPDATE marks the requirement in the notifications' own transaction: a second or
 * concurrent run finds it marked and sends nothing.
 */
export async function remindBeforeDeadline(actor: Actor): Promise<{ reminded: string[] }> {
  platform.require(actor);
  return db.$transaction(async (tx) => {
    const now = await databaseNow(tx);
    const due = Prisma.sql`${openForProposalsSql("r", now)}
      AND r.deadline <= ${now}::timestamptz + ${REMINDER_LEAD}
      AND (r."deadlineRemindedAt" IS NULL
        OR r."deadlineRemindedAt" < r.deadline - ${REMINDER_LEAD})`;
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Requirement" AS r SET "deadlineRemindedAt" = ${now}
      WHERE r.id IN (
        SELECT r.id FROM "Requirement" AS r WHERE ${due} ORDER BY r.deadline LIMIT ${REMIND_BATCH})
      AND ${due}
      RETURNING r.id`;
    for (const { id } of rows) await notify(tx, { type: "deadline.reminder", requirementId: id });
    return { reminded: rows.map((row) => row.id) };
  });
}
