import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

// What the app's role (DATABASE_URL) may do, tried with plain SQL as psql would send it.
const open: pg.Client[] = [];

async function connect(url: string | undefined): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  open.push(client);
  return client;
}

const asApp = () => connect(process.env.DATABASE_URL);
const asOwner = () => connect(process.env.MIGRATION_DATABASE_URL);

afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.end()));
});

const PERMISSION_DENIED = expect.objectContaining({ code: "42501" });

async function writeAuditEvent(client: pg.Client): Promise<void> {
  await client.query(
    `INSERT INTO "AuditEvent" ("actorKind", "entityType", "entityId", action)
     VALUES ('system', 'requirement', 'r1', 'requirement.approve')`,
  );
}

describe("the app's database role", () => {
  it("is not the owner and not a superuser", async () => {
    const app = await asApp();
    const { rows } = await app.query<{ superuser: boolean; owns: string }>(
      `SELECT rolsuper AS superuser,
              (SELECT count(*)::text FROM pg_class WHERE relowner = r.oid) AS owns
       FROM pg_roles r WHERE rolname = current_user`,
    );
    expect(rows).toEqual([{ superuser: false, owns: "0" }]);
  });

  it("reads, inserts, updates and deletes rows, and uses sequences", async () => {
    const app = await asApp();
    await app.query(`INSERT INTO rate_limits (key, points) VALUES ('probe', 1)`);
    await app.query(`UPDATE rate_limits SET points = 2 WHERE key = 'probe'`);
    expect((await app.query(`SELECT points FROM rate_limits`)).rows).toEqual([{ points: 2 }]);
    await app.query(`DELETE FROM rate_limits WHERE key = 'probe'`);
    await writeAuditEvent(app);
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows).toEqual([
      { n: 1 },
    ]);
  });

  it.each([
    ["TRUNCATE a table", `TRUNCATE "Requirement" CASCADE`],
    ["TRUNCATE a job table", `TRUNCATE pgboss.job`],
    ["ALTER a table", `ALTER TABLE "Requirement" ADD COLUMN probe int`],
    ["DROP a constraint", `ALTER TABLE "Score" DROP CONSTRAINT "Score_score_range"`],
    ["disable a trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`],
    ["DROP a table", `DROP TABLE "Requirement" CASCADE`],
    ["DROP a job table", `DROP TABLE pgboss.job CASCADE`],
    ["CREATE a table", `CREATE TABLE public.probe (id int)`],
    ["CREATE a schema", `CREATE SCHEMA probe`],
    ["read the migrations' table", `SELECT * FROM "_prisma_migrations"`],
    ["UPDATE the audit log", `UPDATE "AuditEvent" SET reason = 'x'`],
    ["DELETE from the audit log", `DELETE FROM "AuditEvent"`],
    ["TRUNCATE the audit log", `TRUNCATE "AuditEvent"`],
  ])("may not %s", async (_what, sql) => {
    const app = await asApp();
    await expect(app.query(sql)).rejects.toEqual(PERMISSION_DENIED);
  });

  it("leaves the audit log as it was after refusing to change it", async () => {
    const app = await asApp();
    await writeAuditEvent(app);
    await app.query(`UPDATE "AuditEvent" SET reason = 'x'`).catch(() => {});
    await app.query(`TRUNCATE "AuditEvent"`).catch(() => {});
    const { rows } = await app.query(`SELECT reason FROM "AuditEvent"`);
    expect(rows).toEqual([{ reason: null }]);
  });
});

describe("the audit log, for the schema's owner too", () => {
  it.each([
    ["UPDATE", `UPDATE "AuditEvent" SET reason = 'x'`],
    ["DELETE", `DELETE FROM "AuditEvent"`],
    ["TRUNCATE", `TRUNCATE "AuditEvent"`],
    ["TRUNCATE through a cascade", `TRUNCATE "User" CASCADE`],
  ])("refuses %s by its triggers", async (_operation, sql) => {
    const owner = await asOwner();
    await writeAuditEvent(owner);
    await expect(owner.query(sql)).rejects.toThrow(/AuditEvent is append-only/);
    expect((await owner.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows).toEqual([
      { n: 1 },
    ]);
  });
});
