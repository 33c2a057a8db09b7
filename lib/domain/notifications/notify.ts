import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/config";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { channelsOfUsers } from "./channels";
import {
  isSecurityType,
  NOTIFICATION_EVENTS,
  type NotificationType,
  type NotificationEvent,
  type NotificationMessage,
} from "./events";

type Tx = Prisma.TransactionClient;

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

async function activeRecipients(tx: Tx, userIds: string[]): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, status: "ACTIVE" },
    select: { id: true, email: true, name: true, locale: true },
    orderBy: { id: "asc" },
  });
}

/**
 * Tells the event's recipients, inside the transaction of the change that caused it: an in-app
 * notification and an outbox email per recipient, as each one's preferences ask. A rolled-back
 * change notifies no one; a committed one is delivered by the email job.
 */
export async function notify(tx: Tx, event: NotificationEvent): Promise<void> {
  const definition = NOTIFICATION_EVENTS[event.type] as unknown as {
    recipients(tx: Tx, payload: NotificationEvent): Promise<string[]>;
    message(tx: Tx, payload: NotificationEvent): Promise<NotificationMessage>;
  };
  const recipients = await activeRecipients(tx, await definition.recipients(tx, event));
  if (recipients.length === 0) return;
  const message = await definition.message(tx, event);
  const channels = await channelsOfUsers(
    tx,
    event.type,
    recipients.map((r) => r.id),
  );
  for (const recipient of recipients) {
    const chosen = channels.get(recipient.id)!;
    if (!chosen.inApp && !chosen.email) continue;
    const notificationId = chosen.inApp
      ? await createNotification(tx, recipient.id, event.type, message)
      : null;
    if (chosen.email) await emailNotification(tx, recipient, event.type, message, notificationId);
  }
}

async function createNotification(
  tx: Tx,
  userId: string,
  type: string,
  message: NotificationMessage,
): Promise<string> {
  const row = await tx.notification.create({
    data: { userId, type, data: { params: message.params, href: message.href } },
    select: { id: true },
  });
  return row.id;
}

function emailNotification(
  tx: Tx,
  recipient: Recipient,
  type: NotificationType,
  message: NotificationMessage,
  notificationId: string | null,
) {
  return queueEmail(tx, {
    idempotencyKey: `notification:${notificationId ?? randomUUID()}:email`,
    to: recipient.email,
    locale: isLocale(recipient.locale) ? recipient.locale : "zh-CN",
    kind: "notification",
    // The recipient's name has a key of its own: a message's `name` is the event's (a member, a search).
    values: { ...message.params, type, recipientName: recipient.name },
    link: `${appUrl()}${message.href}`,
    userId: recipient.id,
    notificationId,
    unsubscribeType: isSecurityType(type) ? null : type,
  });
}
