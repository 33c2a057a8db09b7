// The app as Playwright tests it: the production build, on a freshly migrated and seeded
// database (on TEST_DATABASE_URL's server, or an embedded one).
import type { ChildProcess } from "node:child_process";
import { disconnectDb } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { prepareDatabase } from "./db/prepare-database";
import { localAppEnvironment } from "./lib/app-environment";
import { appRoleUrl, recreateDatabase, startTestServer } from "./lib/database-server";
import { startApp } from "./lib/next-server";

const port = Number(process.env.E2E_PORT ?? 3100);

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
  const app: ChildProcess = await startApp(port, {
    ...process.env,
    ...local.env,
    DATABASE_URL: databaseUrl,
  });
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
