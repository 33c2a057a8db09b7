import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireNotificationOwner } from "./notification-permissions";

/** Marks every unread notification of the actor read; returns how many were. */
export async function markAllNotificationsRead(actor: Actor): Promise<{ marked: number }> {
  const user = requireNotificationOwner(actor);
  const marked = await db.$executeRaw`
    UPDATE "Notification" SET "readAt" = now()
    WHERE "userId" = ${user.userId} AND "readAt" IS NULL`;
  return { marked };
}
