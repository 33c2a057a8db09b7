import { randomBytes } from "node:crypto";
import { databaseUrl, withClient } from "../../lib/database-server";

const PREFIX = "mig_scratch_";

/** Creates an empty database `mig_scratch_<random>` on the server of `serverUrl`; returns its URL. */
export async function createScratchDatabase(serverUrl: string): Promise<string> {
  const name = `${PREFIX}${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return databaseUrl(serverUrl, name);
}

export async function dropScratchDatabase(serverUrl: string, scratchUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(scratchUrl).pathname.slice(1));
  if (!name.startsWith(PREFIX)) throw new Error(`refusing to drop database ${name}`);
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}
