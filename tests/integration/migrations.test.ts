import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/scripts/db/prepare-database";
import {
  createScratchDatabase,
  diffMigrations,
  dropScratchDatabase,
  MIGRATIONS_DIR,
  SCHEMA_PATH,
} from "@/scripts/db/schema-engine";

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set (the vitest global setup sets it)");
  return url;
}

const schemaText = readFileSync(SCHEMA_PATH, "utf8");
const migrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Table name of every model: its @@map, else its name. */
function modelTables(schema: string): string[] {
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(
    ([, name, body]) => /@@map\("([^"]+)"\)/.exec(body ?? "")?.[1] ?? name ?? "",
  );
}

describe("prisma/migrations", () => {
  it("has no drift from schema.prisma (after changing it, run `npm run db:diff -- <name>`)", async () => {
    expect(await diffMigrations({ databaseUrl: serverUrl() })).toBe("");
  });

  it("reports drift when schema.prisma gains a field without a migration", async () => {
    const model = /^model (\w+) \{\n/m.exec(schemaText);
    expect(model).not.toBeNull();
    const drifted = schemaText.replace(model![0], `${model![0]}  driftProbe String?\n`);
    const sql = await diffMigrations({
      databaseUrl: serverUrl(),
      schema: { path: SCHEMA_PATH, content: drifted },
    });
    expect(sql).toMatch(new RegExp(`ALTER TABLE "${model![1]}" ADD COLUMN\\s+"driftProbe" TEXT`));
  });
});

describe("prepareDatabase (npm run db:migrate)", () => {
  let url: string | undefined;

  beforeAll(async () => {
    url = await createScratchDatabase(serverUrl());
  });

  afterAll(async () => {
    if (url) await dropScratchDatabase(serverUrl(), url);
  });

  it("applies every migration to an empty database and records it in _prisma_migrations", async () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect((await prepareDatabase(url!)).applied).toEqual(migrationNames);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
      );
      const names = tables.rows.map((row) => row.tablename);
      expect(names).toEqual(
        expect.arrayContaining([...modelTables(schemaText), "_prisma_migrations"]),
      );

      const recorded = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM _prisma_migrations
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      // Same checksum as `prisma migrate deploy` stores: SHA-256 of the migration file.
      expect(recorded.rows).toEqual(
        migrationNames.map((name) => ({
          migration_name: name,
          checksum: createHash("sha256")
            .update(readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
            .digest("hex"),
        })),
      );
    } finally {
      await client.end();
    }
  });

  it("applies nothing when run again", async () => {
    expect(await prepareDatabase(url!)).toEqual({ applied: [], tagsAdded: 0, searchIndexed: 0 });
  });
});
