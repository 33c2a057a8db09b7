import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/config";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { channelsOfUsers } from "./channels";
import { digestUsers } from "./digest-choice";
import {
  isDigestType,
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

type Definition = {
  recipients(tx: Tx, payload: NotificationEvent): Promise<string[]>;
  message(tx: Tx, payload: NotificationEvent, locale: Locale): Promise<NotificationMessage>;
  onceKey?(payload: NotificationEvent): string;
};

const localeOf = (recipient: Recipient): Locale =>
  isLocale(recipient.locale) ? recipient.locale : "zh-CN";

/** The recipients not told of this key yet (in-app or by email). */
async function notToldYet(tx: Tx, recipients: Recipient[], key: (userId: string) => string) {
  const keys = recipients.map((r) => key(r.id));
  const [notices, emails] = await Promise.all([
    tx.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } }),
    tx.emailDelivery.findMany({
      where: { idempotencyKey: { in: keys.map(emailKeyOf) } },
      select: { idempotencyKey: true },
    }),
  ]);
  const told = new Set([
    ...notices.map((n) => n.dedupeKey),
    ...emails.map((e) => e.idempotencyKey),
  ]);
  return recipients.filter((r) => !told.has(key(r.id)) && !told.has(emailKeyOf(key(r.id))));
}

const emailKeyOf = (noticeKey: string) => `notification:${noticeKey}:email`;

/**
 * Tells the event's recipients, inside the transaction of the change that caused it: an in-app
 * notification and an outbox email per recipient, as each one's preferences ask (a digest type's
 * email waits for the digest of a vendor who chose one). A rolled-back change notifies no one; a
 * committed one is delivered by the email job. Returns the users told.
 */
export async function notify(tx: Tx, event: NotificationEvent): Promise<string[]> {
  const definition = NOTIFICATION_EVENTS[event.type] as unknown as Definition;
  const once = definition.onceKey?.(event);
  const key = once ? (userId: string) => `${once}:${userId}` : null;
  let recipients = await activeRecipients(tx, await definition.recipients(tx, event));
  if (key && recipients.length) recipients = await notToldYet(tx, recipients, key);
  if (recipients.length === 0) return [];
  const messages = new Map<Locale, NotificationMessage>();
  const ids = recipients.map((r) => r.id);
  const [channels, digesting] = await Promise.all([
    channelsOfUsers(tx, event.type, ids),
    isDigestType(event.type) ? digestUsers(tx, ids) : new Set<string>(),
  ]);
  const told: string[] = [];
  for (const recipient of recipients) {
    const chosen = channels.get(recipient.id)!;
    const email = chosen.email && !digesting.has(recipient.id);
    if (!chosen.inApp && !email) continue;
    const locale = localeOf(recipient);
    if (!messages.has(locale)) messages.set(locale, await definition.message(tx, event, locale));
    const message = messages.get(locale)!;
    const dedupeKey = key?.(recipient.id) ?? null;
    const notificationId = chosen.inApp
      ? await createNotification(tx, recipient.id, event.type, message, dedupeKey)
      : null;
    if (email) {
      const emailKey = emailKeyOf(dedupeKey ?? notificationId ?? randomUUID());
      await emailNotification(tx, recipient, event.type, message, notificationId, emailKey);
    }
    told.push(recipient.id);
  }
  return told;
}

async function createNotification(
  tx: Tx,
  userId: string,
  type: string,
  message: NotificationMessage,
  dedupeKey: string | null,
): Promise<string> {
  const row = await tx.notification.create({
    data: { userId, type, dedupeKey, data: { params: message.params, href: message.href } },
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
  idempotencyKey: string,
) {
  return queueEmail(tx, {
    idempotencyKey,
    to: recipient.email,
    locale: localeOf(recipient),
    kind: "notification",
    // The recipient's name has a key of its own: a message's `name` is the event's (a member, a search).
    values: { ...message.params, type, recipientName: recipient.name },
    link: `${appUrl()}${message.href}`,
    userId: recipient.id,
    notificationId,
    unsubscribeType: isSecurityType(type) ? null : type,
  });
}
