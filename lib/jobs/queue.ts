import "server-only";
import PgBoss from "pg-boss";

/** pg-boss keeps its tables in a schema of its own, outside Prisma's `public`. */
export const QUEUE_SCHEMA = "pgboss";

const globalForQueue = globalThis as unknown as { zhipeiQueue?: Promise<PgBoss> };

async function startQueue(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: the job queue lives in the application database.");
  }
  // The schema and the queues are the migrations' (`npm run db:migrate`): the app's role may
  // not create tables, so pg-boss only checks here that they are installed and current.
  const boss = new PgBoss({ connectionString, schema: QUEUE_SCHEMA, max: 4, migrate: false });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  return boss;
}

/** The one pg-boss instance of the process, started on first use. */
export function getQueue(): Promise<PgBoss> {
  globalForQueue.zhipeiQueue ??= startQueue().catch((error: unknown) => {
    globalForQueue.zhipeiQueue = undefined;
    throw error;
  });
  return globalForQueue.zhipeiQueue;
}

/** Stops the process's instance, letting running jobs finish (scripts and tests, before exit). */
export async function stopQueue(): Promise<void> {
  const started = globalForQueue.zhipeiQueue;
  globalForQueue.zhipeiQueue = undefined;
  if (started) await (await started).stop({ graceful: true, wait: true, timeout: 10_000 });
}
