// The app as Playwright tests it: the production build, on a freshly migrated and seeded
// database (on TEST_DATABASE_URL's server, or an embedded one).
import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { disconnectDb } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { prepareDatabase } from "./db/prepare-database";
import { localAppEnvironment } from "./lib/app-environment";
import { appRoleUrl, recreateDatabase, startTestServer } from "./lib/database-server";
import { startApp } from "./lib/next-server";

const port = Number(process.env.E2E_PORT ?? 3100);
const E2E_APP_FILE = (appPort: number) => `.data/e2e-app-${appPort}.json`;

async function main() {
  const local = await localAppEnvironment({
    port,
    smtpPort: Number(process.env.E2E_SMTP_PORT ?? 2526),
    mailDir: ".data/e2e-mail",
    freshMail: true,
  });
  const server = await startTestServer(54331);
  // Migrated as the server's user, who owns the schema; seeded and served as the app's role.
  const ownerUrl = await recreateDatabase(server.url, `zhipei_e2e_${port}`);
  const databaseUrl = appRoleUrl(ownerUrl);
  process.env.DATABASE_URL = databaseUrl;
  await prepareDatabase(ownerUrl, { appUrl: databaseUrl });
  await seedDemo();
  const workers = await startWorkers();
  const appEnv = { ...local.env, DATABASE_URL: databaseUrl };
  // What a spec needs to start more instances of the app on the same database
  // (e2e/two-instances.spec.ts), and the owner's URL to arrange data the app's role may not.
  mkdirSync(".data", { recursive: true });
  writeFileSync(E2E_APP_FILE(port), JSON.stringify({ env: appEnv, ownerUrl }), { mode: 0o600 });
  const app: ChildProcess = await startApp(port, { ...process.env, ...appEnv });
  console.log(`e2e app ready on http://127.0.0.1:${port}`);
  const stop = async () => {
    app.kill("SIGTERM");
    await workers.stop();
    await disconnectDb();
    await local.sink.close();
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
