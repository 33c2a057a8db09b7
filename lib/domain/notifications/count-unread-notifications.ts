import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireNotificationOwner } from "./notification-permissions";

/** How many of the actor's notifications are unread (the header's bell). */
export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const user = requireNotificationOwner(actor);
  return db.notification.count({ where: { userId: user.userId, readAt: null } });
}
