import PgBoss from "pg-boss";
import { JOB_QUEUES } from "@/lib/jobs/queue-names";
import { QUEUE_SCHEMA } from "@/lib/jobs/queue";

/**
 * Installs (or upgrades) pg-boss's schema and creates the app's queues, as the schema's owner:
 * pg-boss 10 keeps each queue in a partition table, and the app's role may not create tables.
 * Idempotent: pg-boss skips what exists.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: QUEUE_SCHEMA,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  try {
    for (const name of JOB_QUEUES) await boss.createQueue(name);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
