import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { offsetWindow } from "@/lib/paging/offset-page";
import { parseInput } from "@/lib/validation/parse-input";
import { listNotificationsSchema } from "./notification.schema";
import { requireNotificationOwner } from "./notification-permissions";
import { storedMessage } from "./stored-message";

/** The actor's notifications, newest first, a page at a time, with how many are unread. */
export async function listNotifications(
  actor: Actor,
  input: z.input<typeof listNotificationsSchema>,
) {
  const user = requireNotificationOwner(actor);
  const { page, pageSize } = parseInput(listNotificationsSchema, input);
  const mine = { userId: user.userId };
  const [total, unread] = await Promise.all([
    db.notification.count({ where: mine }),
    db.notification.count({ where: { ...mine, readAt: null } }),
  ]);
  const { page: current, pageCount, skip, take } = offsetWindow(page, total, pageSize);
  const rows = await db.notification.findMany({
    where: mine,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, type: true, data: true, readAt: true, createdAt: true },
  });
  const items = rows.map(({ data, readAt, ...row }) => ({
    ...row,
    ...storedMessage(data),
    read: readAt !== null,
  }));
  return { items, total, unread, page: current, pageCount };
}

export type NotificationList = Awaited<ReturnType<typeof listNotifications>>;
export type NotificationItem = NotificationList["items"][number];
