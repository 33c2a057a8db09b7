import "server-only";
import { queueDigests } from "@/lib/domain/notifications/queue-digests";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { getQueue } from "./queue";
import { DIGEST_QUEUE } from "./queue-names";

/**
 * Queues the daily and weekly digests every hour: the first run after a period ended queues it,
 * every later one finds it queued (one per period and user), and a worker that was down catches up.
 */
export async function workDigests(): Promise<void> {
  const boss = await getQueue();
  await boss.work(DIGEST_QUEUE, async () => ({ queued: await queueDigests(await databaseNow()) }));
  await boss.schedule(DIGEST_QUEUE, "5 * * * *");
  await boss.send(DIGEST_QUEUE, {});
}
