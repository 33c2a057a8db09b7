import { ensureDatabase } from "@/scripts/lib/database-server";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

const BENCH_DATABASE = "zhipei_bench";
const EMBEDDED_PORT = Number(process.env.BENCH_PG_PORT ?? 54339);

export interface BenchDatabase {
  url: string;
  /** Where it is, for the report (no password). */
  description: string;
  stop(): Promise<void>;
}

const withoutPassword = (url: string) => {
  const parsed = new URL(url);
  parsed.password = "";
  return parsed.toString();
};

/**
 * BENCH_DATABASE_URL as it is; else database zhipei_bench on TEST_DATABASE_URL's server; else
 * that database on an embedded server with its data under .data/bench-pg (kept between runs,
 * so the data is generated once).
 */
export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, description: withoutPassword(given), stop: async () => {} };
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const url = await ensureDatabase(server, BENCH_DATABASE);
    return { url, description: withoutPassword(url), stop: async () => {} };
  }
  log(`starting the embedded PostgreSQL on port ${EMBEDDED_PORT} (data in .data/bench-pg)`);
  const embedded = await startEmbeddedPostgres({
    dataDir: ".data/bench-pg/data",
    port: EMBEDDED_PORT,
    // As measured in docs/performance.md: the 900 MB table fits in PostgreSQL's cache.
    settings: { shared_buffers: "2GB" },
  });
  const url = await ensureDatabase(embedded.url, BENCH_DATABASE);
  return { url, description: `embedded ${withoutPassword(url)}`, stop: () => embedded.stop() };
}
