// Prisma's schema engine, run as WebAssembly through the pg driver adapter: the CLI's native
// engine must be downloaded from Prisma's binary host, which these machines cannot reach.
// Migrations stay in Prisma's folder format, so the stock `prisma migrate deploy` works on them.
// The pieces live in ./engine; this module is the entry point the scripts and tests import.
import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import { loadWasm } from "./engine/load-wasm";
import { MIGRATIONS_DIR, readMigrations, SCHEMA_PATH } from "./engine/migrations-folder";
import { pgFactory } from "./engine/pg-adapter";

export {
  MIGRATIONS_DIR,
  readMigrations,
  SCHEMA_PATH,
  writeMigration,
} from "./engine/migrations-folder";
export { createScratchDatabase, dropScratchDatabase } from "./engine/scratch-database";

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

type SchemaFile = { path: string; content: string };

async function withEngine<T>(
  databaseUrl: string | undefined,
  schemaFile: SchemaFile | undefined,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  // The engine connects as soon as it is constructed, whatever the command.
  if (!databaseUrl) throw new Error("the schema engine needs a database: set DATABASE_URL");
  const WasmSchemaEngine = await loadWasm();
  const { factory, cleanup } = pgFactory(databaseUrl);
  const log = process.env.SCHEMA_ENGINE_LOG ? (line: string) => console.error(line) : () => {};
  try {
    const engine = await WasmSchemaEngine.new(
      { datamodels: schemaFile ? [[schemaFile.path, schemaFile.content]] : undefined },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await cleanup();
  }
}

export interface DiffOptions {
  /** The target schema; defaults to prisma/schema.prisma. */
  schema?: SchemaFile;
  /** "migrations" (default) replays the migrations folder on a temporary shadow database. */
  from?: "migrations" | "empty";
  migrationsDir?: string;
  /** Any database URL on the server where the temporary shadow database may be created. */
  databaseUrl?: string;
}

/** SQL that takes the migrations folder (or an empty database) to the schema; "" if none. */
export async function diffMigrations(options: DiffOptions = {}): Promise<string> {
  const schema = options.schema ?? {
    path: SCHEMA_PATH,
    content: await readFile(SCHEMA_PATH, "utf8"),
  };
  const from =
    options.from === "empty"
      ? ({ tag: "empty" } as const)
      : { tag: "migrations" as const, ...(await readMigrations(options.migrationsDir)) };
  const result = await withEngine(options.databaseUrl, schema, (engine) =>
    engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  // With exitCode set, the engine answers 2 when there is a difference, 0 when there is none.
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}

/** Applies pending migrations as `prisma migrate deploy` does; returns the names applied. */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir = MIGRATIONS_DIR,
): Promise<string[]> {
  const migrationsList = await readMigrations(migrationsDir);
  const { appliedMigrationNames } = await withEngine(databaseUrl, undefined, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return appliedMigrationNames;
}

/** The engine's error messages carry a multi-line span trace; keep the readable part. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [text = "", trace = ""] = message.split(/\n\s*0: /);
  let summary = "";
  for (const line of text.split("\n").map((l) => l.trim())) {
    if (line) summary += !summary ? line : /[.:;]$/.test(summary) ? ` ${line}` : `; ${line}`;
  }
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  return migration ? `${summary} (in migration ${migration})` : summary;
}
