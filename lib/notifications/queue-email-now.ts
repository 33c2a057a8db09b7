import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail, type EmailIntent } from "./queue-email";

/** Queues an email in `tx`, or in a transaction of its own when the caller has none open. */
export async function queueEmailIn(
  tx: Prisma.TransactionClient | undefined,
  intent: EmailIntent,
): Promise<void> {
  if (tx) return queueEmail(tx, intent);
  await db.$transaction((own) => queueEmail(own, intent));
}
