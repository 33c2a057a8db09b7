import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";

/** The URL of database `name` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(
  url: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * The app's role on the servers the demo and the tests start or are given: a login role with
 * only the app's rights (created and granted by `prepareDatabase`), beside the owner's URL.
 */
export const LOCAL_APP_ROLE = { user: "zhipei_app", password: "zhipei_app" } as const;

/** `ownerUrl` with the local app role as its user: what the app, the worker and the seed use. */
export function appRoleUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = LOCAL_APP_ROLE.user;
  url.password = LOCAL_APP_ROLE.password;
  return url.toString();
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (c) =>
    c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`),
  );
}

/** Drops and creates `name`, optionally as a copy of `template`. Returns its URL. */
export async function recreateDatabase(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  await withClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    await c.query(
      `CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`,
    );
  });
  return databaseUrl(serverUrl, name);
}

/**
 * The PostgreSQL server tests run against: TEST_DATABASE_URL when set (any database on a server
 * where the user may create databases), otherwise an embedded server with its data under `.data/`.
 */
export async function startTestServer(
  port: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: `.data/test-pg-${port}/data`, port });
}

/** Creates database `name` unless it exists. Returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  await withClient(serverUrl, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await c.query(`CREATE DATABASE ${quote(name)}`);
  });
  return databaseUrl(serverUrl, name);
}
