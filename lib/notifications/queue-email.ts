import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendInTransaction } from "@/lib/jobs/transactional-send";
import { EMAIL_QUEUE } from "@/lib/jobs/queue-names";

type Tx = Prisma.TransactionClient;

export interface EmailIntent {
  /** Unique per message: `notification:<id>:email`, `account:<token id>`, … */
  idempotencyKey: string;
  to: string;
  locale: string;
  /** An account template (lib/mail/render-email.ts) or `notification`. */
  kind: string;
  values: Record<string, string>;
  link: string | null;
  userId?: string | null;
  notificationId?: string | null;
  /** The notification type a one-click unsubscribe turns off; omitted for security mail. */
  unsubscribeType?: string | null;
}

/** Retries with exponential backoff from 15 s: about two hours of SMTP outage before the sweep. */
export const EMAIL_RETRIES = { retryLimit: 10, retryDelay: 15, retryBackoff: true } as const;

/**
 * Writes one email into the outbox and queues its delivery job, both in the caller's transaction:
 * a change that rolls back sends nothing, a committed one is sent even if the process dies now.
 */
export async function queueEmail(tx: Tx, intent: EmailIntent): Promise<void> {
  const delivery = await tx.emailDelivery.create({
    data: {
      idempotencyKey: intent.idempotencyKey,
      toAddress: intent.to,
      locale: intent.locale,
      kind: intent.kind,
      values: intent.values,
      link: intent.link,
      userId: intent.userId ?? null,
      notificationId: intent.notificationId ?? null,
      unsubscribeType: intent.unsubscribeType ?? null,
    },
    select: { id: true },
  });
  await sendInTransaction(tx, EMAIL_QUEUE, { deliveryId: delivery.id }, EMAIL_RETRIES);
}
