import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getQueue } from "./queue";

type Tx = Prisma.TransactionClient;

/**
 * Queues a job inside the caller's Prisma transaction: pg-boss writes its row through `tx`, so the
 * job exists exactly when the change that asked for it committed.
 */
export async function sendInTransaction(
  tx: Tx,
  queue: string,
  data: object,
  options: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean } = {},
): Promise<void> {
  const boss = await getQueue();
  await boss.send(queue, data, {
    ...options,
    db: {
      async executeSql(text: string, values: unknown[]) {
        return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) };
      },
    },
  });
}
