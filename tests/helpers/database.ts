import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { stopQueue } from "@/lib/jobs/queue";
import { dropDatabase, recreateDatabase } from "@/scripts/lib/database-server";

const KEPT_TABLES = new Set(["_prisma_migrations", "Tag"]);

/**
 * Gives the calling test file its own database, copied from the migrated template, and empties
 * it before every test so that no test sees another's rows.
 */
export function setUpTestDatabase(): void {
  const name = `zhipei_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const serverUrl = inject("testServerUrl");

  beforeAll(async () => {
    process.env.DATABASE_URL = await recreateDatabase(serverUrl, name, inject("templateDatabase"));
  });

  beforeEach(async () => {
    const tables = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
    const names = tables
      .filter((t) => !KEPT_TABLES.has(t.tablename))
      .map((t) => `"${t.tablename}"`);
    if (names.length > 0)
      await db.$executeRawUnsafe(`TRUNCATE ${names.join(", ")} RESTART IDENTITY CASCADE`);
  });

  afterAll(async () => {
    // Use cases that queue jobs (approving a requirement) started pg-boss on this database.
    await stopQueue();
    await disconnectDb();
    await dropDatabase(serverUrl, name);
  });
}
