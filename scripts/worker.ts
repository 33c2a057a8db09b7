// `npm run worker`: the background jobs (deadline closing, …) against $DATABASE_URL, in production
// beside the web processes. Ctrl-C / SIGTERM let running jobs finish, then exit.
import { disconnectDb } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";

const log = (line: string) => console.error(`[worker] ${line}`);

async function main() {
  const workers = await startWorkers();
  log("running; press Ctrl-C to stop");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping");
    await workers.stop();
    await disconnectDb();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch(async (error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  await disconnectDb().catch(() => {});
  process.exit(1);
});
