import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announceNewRequirement } from "@/lib/domain/notifications/announce-new-requirement";
import { getQueue } from "./queue";
import { NEW_REQUIREMENT_QUEUE } from "./queue-names";
import { sendInTransaction } from "./transactional-send";

const RETRIES = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

/** Queues the announcement of a requirement in the transaction that publishes it. */
export function announceLater(tx: Prisma.TransactionClient, requirementId: string) {
  return sendInTransaction(tx, NEW_REQUIREMENT_QUEUE, { requirementId }, RETRIES);
}

/** Runs the announcements in this process; the job's output says who was told. */
export async function workNewRequirements(): Promise<void> {
  const boss = await getQueue();
  await boss.work<{ requirementId: string }>(NEW_REQUIREMENT_QUEUE, async ([job]) =>
    announceNewRequirement(job!.data.requirementId),
  );
}
