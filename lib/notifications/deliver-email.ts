import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/mailer";
import { renderDelivery } from "./render-delivery";

/** A worker that dies mid-send leaves its claim; after this long another worker may take it. */
const CLAIM_MS = 2 * 60_000;

const messageIdOf = (key: string) =>
  `<${createHash("sha256").update(key).digest("hex").slice(0, 32)}@zhipei.outbox>`;

async function claim(deliveryId: string) {
  const now = new Date();
  const { count } = await db.emailDelivery.updateMany({
    where: {
      id: deliveryId,
      OR: [{ status: "PENDING" }, { status: "SENDING", claimedUntil: { lt: now } }],
    },
    data: {
      status: "SENDING",
      claimedUntil: new Date(now.getTime() + CLAIM_MS),
      attempts: { increment: 1 },
    },
  });
  return count === 1 ? db.emailDelivery.findUnique({ where: { id: deliveryId } }) : null;
}

async function unsubscribedSince(userId: string | null, type: string | null) {
  if (!userId || !type) return false;
  const choice = await db.notificationPreference.findUnique({
    where: { userId_type: { userId, type } },
    select: { email: true },
  });
  return choice?.email === false;
}

/**
 * Sends one outbox email unless it was sent already: the row is claimed first, so a job that runs
 * twice (a retry, a second worker) finds it SENT and sends nothing. A failure puts it back to
 * PENDING with the error and throws, for pg-boss to retry with backoff.
 */
export async function deliverEmail(deliveryId: string): Promise<"sent" | "skipped" | "done"> {
  const delivery = await claim(deliveryId);
  if (!delivery) return "done";
  if (await unsubscribedSince(delivery.userId, delivery.unsubscribeType)) {
    await db.emailDelivery.update({
      where: { id: deliveryId },
      data: { status: "SKIPPED", claimedUntil: null, link: null },
    });
    return "skipped";
  }
  try {
    await sendMail({
      ...renderDelivery(delivery),
      messageId: messageIdOf(delivery.idempotencyKey),
    });
  } catch (error) {
    await db.emailDelivery.update({
      where: { id: deliveryId },
      data: { status: "PENDING", claimedUntil: null, lastError: describe(error) },
    });
    throw error;
  }
  await markSent(deliveryId, delivery.notificationId);
  return "sent";
}

async function markSent(deliveryId: string, notificationId: string | null) {
  const sentAt = new Date();
  // The link may hold a one-time account token: the outbox forgets it once it is sent.
  await db.emailDelivery.update({
    where: { id: deliveryId },
    data: { status: "SENT", sentAt, claimedUntil: null, link: null, lastError: null },
  });
  if (notificationId) {
    await db.notification.updateMany({
      where: { id: notificationId },
      data: { emailedAt: sentAt },
    });
  }
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/** Outbox email waiting longer than `olderThanMs` (its job lost or out of retries), oldest first. */
export async function waitingDeliveries(olderThanMs: number, take = 100): Promise<string[]> {
  const rows = await db.emailDelivery.findMany({
    where: {
      OR: [{ status: "PENDING" }, { status: "SENDING", claimedUntil: { lt: new Date() } }],
      createdAt: { lt: new Date(Date.now() - olderThanMs) },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take,
  });
  return rows.map((row) => row.id);
}

/** Sends what is waiting, oldest first; stops at the first failure (SMTP is likely down). */
export async function sweepOutbox(olderThanMs: number): Promise<number> {
  let sent = 0;
  for (const id of await waitingDeliveries(olderThanMs)) {
    await deliverEmail(id);
    sent++;
  }
  return sent;
}
