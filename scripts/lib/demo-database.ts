import path from "node:path";
import pg from "pg";
import { appRoleUrl, ensureDatabase } from "./database-server";
import { startEmbeddedPostgres } from "./embedded-postgres";

export const DEMO_PG_PORT = Number(process.env.DEMO_PG_PORT ?? 54329);
/** Where the demo keeps its database and caught mail (.data unless DEMO_DATA_DIR says otherwise). */
export const DEMO_DATA_DIR = process.env.DEMO_DATA_DIR ?? ".data";
const DEMO_SERVER_URL = `postgresql://postgres:postgres@127.0.0.1:${DEMO_PG_PORT}/postgres`;

export interface DemoDatabase {
  /** The superuser, who owns the schema: migrations. */
  ownerUrl: string;
  /** The app's role: the app, the worker, the seed and the CLI. */
  appUrl: string;
  /** Stops the server when this process started it; leaves a running demo's server alone. */
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The demo's embedded database (data in DEMO_DATA_DIR/demo-pg): the running one when `npm run demo` is
 * up, otherwise a server this process starts and stops.
 */
export async function openDemoDatabase(log: (line: string) => void): Promise<DemoDatabase> {
  const urls = (ownerUrl: string) => ({ ownerUrl, appUrl: appRoleUrl(ownerUrl) });
  if (await answers(DEMO_SERVER_URL)) {
    return { ...urls(await ensureDatabase(DEMO_SERVER_URL, "zhipei")), stop: async () => {} };
  }
  const dataDir = path.join(DEMO_DATA_DIR, "demo-pg");
  log(`starting the embedded PostgreSQL on port ${DEMO_PG_PORT} (data in ${dataDir})`);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "data"),
    port: DEMO_PG_PORT,
  });
  return { ...urls(await ensureDatabase(server.url, "zhipei")), stop: () => server.stop() };
}
