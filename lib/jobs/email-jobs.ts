import "server-only";
import { deliverEmail, sweepOutbox } from "@/lib/notifications/deliver-email";
import { getQueue } from "./queue";
import { EMAIL_QUEUE, EMAIL_SWEEP_QUEUE } from "./queue-names";

/** The sweep leaves recent email to its own job, which is usually on it already. */
const SWEEP_AFTER_MS = 60_000;

/** Runs the outbox's delivery jobs in this process, and the sweep behind them every minute. */
export async function workEmail(): Promise<void> {
  const boss = await getQueue();
  await boss.work<{ deliveryId: string }>(
    EMAIL_QUEUE,
    { pollingIntervalSeconds: 1 },
    async (jobs) => {
      for (const job of jobs) await deliverEmail(job.data.deliveryId);
    },
  );
  await boss.work(EMAIL_SWEEP_QUEUE, () => sweepOutbox(SWEEP_AFTER_MS));
  await boss.schedule(EMAIL_SWEEP_QUEUE, "* * * * *");
  await boss.send(EMAIL_SWEEP_QUEUE, {});
}
