import pg from "pg";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { stopQueue } from "@/lib/jobs/queue";
import { appRoleUrl, dropDatabase, recreateDatabase } from "@/scripts/lib/database-server";

const KEPT_TABLES = new Set(["_prisma_migrations", "Tag"]);

/**
 * Empties every table but the kept ones, as the owner: the app's role may not TRUNCATE, and the
 * audit log's trigger refuses it to anyone until its owner disables the trigger, here only inside
 * this transaction.
 */
async function emptyTables(owner: pg.Client): Promise<void> {
  const { rows } = await owner.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
  );
  const names = rows.filter((t) => !KEPT_TABLES.has(t.tablename)).map((t) => `"${t.tablename}"`);
  if (names.length === 0) return;
  await owner.query("BEGIN");
  try {
    await owner.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_truncate"`);
    await owner.query(`TRUNCATE ${names.join(", ")} RESTART IDENTITY CASCADE`);
    await owner.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_truncate"`);
    await owner.query("COMMIT");
  } catch (error) {
    await owner.query("ROLLBACK");
    throw error;
  }
}

/**
 * Gives the calling test file its own database, copied from the migrated template, and empties
 * it before every test so that no test sees another's rows. The product under test connects as
 * the app's role (DATABASE_URL), as it does in production; MIGRATION_DATABASE_URL is the owner.
 */
export function setUpTestDatabase(): void {
  const name = `zhipei_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const serverUrl = inject("testServerUrl");
  let owner: pg.Client | undefined;

  beforeAll(async () => {
    const ownerUrl = await recreateDatabase(serverUrl, name, inject("templateDatabase"));
    process.env.MIGRATION_DATABASE_URL = ownerUrl;
    process.env.DATABASE_URL = appRoleUrl(ownerUrl);
    owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
  });

  beforeEach(() => emptyTables(owner!));

  afterAll(async () => {
    // Use cases that queue jobs (approving a requirement) started pg-boss on this database.
    await stopQueue();
    await disconnectDb();
    await owner?.end();
    await dropDatabase(serverUrl, name);
  });
}
