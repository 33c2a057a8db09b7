import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CharTolerantClient, reportCharColumns } from "./char-columns";
import { createScratchDatabase, dropScratchDatabase } from "./scratch-database";

function toAdapterError(error: pg.DatabaseError): DriverAdapterError {
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "N/A",
    severity: error.severity ?? "N/A",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

// adapter-pg's executeScript splits a script on every ";" (breaking function bodies, string
// literals and comments) and runs the pieces one by one. Prisma's native engine sends a migration
// as one simple query, which PostgreSQL runs as a single implicit transaction: do the same.
async function runScript(pool: pg.Pool, script: string): Promise<void> {
  try {
    await pool.query(script);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) throw error;
    throw toAdapterError(error);
  }
}

/** Opens a pool on `connectionString` (recorded in `pools`) and an adapter over it. */
async function openAdapter(connectionString: string, pools: pg.Pool[]) {
  const pool = new pg.Pool({ connectionString, Client: CharTolerantClient });
  // An idle connection the server ends (the shadow database dropped WITH (FORCE) while a pool
  // still held it, a restart) is not the command's failure, and unheard it would crash the
  // process: a command's own errors reach it through its query.
  pool.on("error", () => {});
  pools.push(pool);
  const adapter = reportCharColumns(await new PrismaPg(pool).connect());
  adapter.executeScript = (script) => runScript(pool, script);
  return adapter;
}

// PrismaPg's own connectToShadowDb reuses the main connection string, whose database name wins
// over the one it sets (so it would use the main database), and the engine never disposes the
// connections it opens (their pools would keep the process alive). Both are handled here.
export function pgFactory(url: string) {
  const pools: pg.Pool[] = [];
  const shadowUrls: string[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => openAdapter(url, pools),
    connectToShadowDb: async () => {
      const shadowUrl = await createScratchDatabase(url);
      shadowUrls.push(shadowUrl);
      return openAdapter(shadowUrl, pools);
    },
  };
  const cleanup = async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    for (const shadowUrl of shadowUrls) await dropScratchDatabase(url, shadowUrl);
  };
  return { factory, cleanup };
}
