import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { notificationTargetSchema, type NotificationTarget } from "./notification.schema";
import { requireNotificationOwner } from "./notification-permissions";
import { storedMessage } from "./stored-message";

/**
 * Marks one of the actor's notifications read (the first time counts; again changes nothing) and
 * returns where it links, for following it. Another user's is "not found", whoever asks.
 */
export async function markNotificationRead(
  actor: Actor,
  input: NotificationTarget,
): Promise<{ href: string }> {
  const user = requireNotificationOwner(actor);
  const { notificationId } = parseInput(notificationTargetSchema, input);
  const where = { id: notificationId, userId: user.userId };
  const notification = await db.notification.findFirst({ where, select: { data: true } });
  if (!notification) throw new DomainError("NOT_FOUND", "notificationNotFound");
  await db.$executeRaw`
    UPDATE "Notification" SET "readAt" = now()
    WHERE id = ${notificationId} AND "userId" = ${user.userId} AND "readAt" IS NULL`;
  return { href: storedMessage(notification.data).href };
}
