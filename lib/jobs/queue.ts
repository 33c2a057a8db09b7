import PgBoss from "pg-boss";

/** pg-boss keeps its tables in a schema of its own, outside Prisma's `public`. */
export const QUEUE_SCHEMA = "pgboss";

const globalForQueue = globalThis as unknown as { zhipeiQueue?: Promise<PgBoss> };
const createdQueues = new Set<string>();

async function startQueue(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: the job queue lives in the application database.");
  }
  const boss = new PgBoss({ connectionString, schema: QUEUE_SCHEMA, max: 4 });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  return boss;
}

/** The one pg-boss instance of the process, started (and its schema installed) on first use. */
export function getQueue(): Promise<PgBoss> {
  globalForQueue.zhipeiQueue ??= startQueue().catch((error: unknown) => {
    globalForQueue.zhipeiQueue = undefined;
    throw error;
  });
  return globalForQueue.zhipeiQueue;
}

/** The started instance, with queue `name` created (pg-boss 10 refuses jobs for unknown queues). */
export async function queueFor(name: string): Promise<PgBoss> {
  const boss = await getQueue();
  if (!createdQueues.has(name)) {
    await boss.createQueue(name);
    createdQueues.add(name);
  }
  return boss;
}

/** Stops the process's instance, letting running jobs finish (scripts and tests, before exit). */
export async function stopQueue(): Promise<void> {
  const started = globalForQueue.zhipeiQueue;
  globalForQueue.zhipeiQueue = undefined;
  createdQueues.clear();
  if (started) await (await started).stop({ graceful: true, wait: true, timeout: 10_000 });
}
