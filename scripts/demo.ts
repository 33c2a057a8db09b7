// `npm run demo`: a real database (embedded PostgreSQL unless DATABASE_URL is set), migrations,
// the demo data once, a production build when there is none or the sources changed, and the app
// on $PORT. Migrations run as the schema's owner, the app, its jobs and the seed as the app's role.
import type { ChildProcess } from "node:child_process";
import { disconnectDb } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/prisma/seed/seed-demo";
import { databaseUrls } from "./db/database-urls";
import { prepareDatabase } from "./db/prepare-database";
import { localAppEnvironment } from "./lib/app-environment";
import { openDemoDatabase, type DemoDatabase } from "./lib/demo-database";
import { buildApp, isBuildCurrent, startApp } from "./lib/next-server";

const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.error(`[demo] ${line}`);

let embedded: DemoDatabase | null = null;
let mailSink: { close(): Promise<void> } | null = null;
let workers: { stop(): Promise<void> } | null = null;
let app: ChildProcess | null = null;
let stopping = false;

async function resolveDatabase(): Promise<{ ownerUrl: string; appUrl: string }> {
  if (process.env.DATABASE_URL) return databaseUrls();
  embedded = await openDemoDatabase(log);
  return embedded;
}

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log("stopping");
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    await workers?.stop().catch(() => {});
    await disconnectDb().catch(() => {});
    await mailSink?.close().catch(() => {});
    await embedded?.stop().catch(() => {});
  }
  process.exit(code);
}

async function main() {
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  const local = await localAppEnvironment({
    port,
    smtpPort: Number(process.env.DEMO_SMTP_PORT ?? 1025),
    mailDir: ".data/demo-mail",
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
