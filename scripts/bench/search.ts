// `npm run bench:search`: search at marketplace scale, through the functions the API uses and
// through hand-written SQL, in the same run (docs/performance.md).
import os from "node:os";
import pg from "pg";
import { disconnectDb } from "@/lib/db";
import { prepareDatabase } from "@/scripts/db/prepare-database";
import { withClient } from "@/scripts/lib/database-server";
import { openBenchDatabase } from "./bench-database";
import { loadDataset } from "./load-dataset";
import { benchQueries } from "./queries";
import { firstPageTargets, summaryTable, slowest, percentile } from "./report";
import { runQuery, type Sample, type Viewer } from "./run-queries";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SHOWN_SLOWEST = Number(process.env.BENCH_SHOW_SLOWEST ?? 8);
/** Comma-separated categories to run (all when unset), e.g. `BENCH_ONLY="sorts,vendors"`. */
const ONLY = process.env.BENCH_ONLY?.split(",").map((c) => c.trim());
const log = (line: string) => console.log(line);

async function signedInVendor(pool: pg.Pool): Promise<Viewer> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM "Organization" WHERE kind = 'VENDOR' ORDER BY id LIMIT 1`,
  );
  const orgId = rows[0]!.id;
  return {
    orgId,
    actor: {
      kind: "user",
      userId: "bench-user",
      isAdmin: false,
      orgId,
      orgKind: "VENDOR",
      orgRole: "OWNER",
    },
  };
}

async function measure(url: string): Promise<Sample[]> {
  process.env.DATABASE_URL = url; // the application's client connects on first use
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    const visitor: Viewer = { actor: { kind: "visitor" }, orgId: null };
    const vendor = await signedInVendor(pool);
    const queries = benchQueries().filter((q) => !ONLY || ONLY.includes(q.category));
    const run = (appFirst: (i: number) => boolean) =>
      queries.reduce<Promise<Sample[]>>(
        async (done, query, i) => [
          ...(await done),
          ...(await runQuery(pool, query, query.signedIn ? vendor : visitor, appFirst(i))),
        ],
        Promise.resolve([]),
      );
    log(`warming up: ${queries.length} searches…`);
    await run(() => true);
    const samples: Sample[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      log(`round ${round + 1} of ${ROUNDS}…`);
      samples.push(...(await run((i) => (i + round) % 2 === 0)));
    }
    return samples;
  } finally {
    await pool.end();
    await disconnectDb();
  }
}

async function main() {
  const database = await openBenchDatabase(log);
  try {
    const version = await withClient(database.url, (c) => c.query("SHOW server_version"));
    const buffers = await withClient(database.url, (c) => c.query("SHOW shared_buffers"));
    log(
      `database: ${database.description} (PostgreSQL ${version.rows[0].server_version}, shared_buffers ${buffers.rows[0].shared_buffers})`,
    );
    log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GB, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    await prepareDatabase(database.url);
    const load = await loadDataset(database.url, log);
    log(
      `data: ${JSON.stringify(load.size)}; ${load.generated ? "generated" : "generated earlier"} in ${load.seconds.toFixed(0)} s`,
    );
    const all = await measure(database.url);
    const samples = all.filter((s) => !s.kept); // as first asked
    const mismatches = all.filter((s) => !s.sameIds);
    log("");
    log(summaryTable(all));
    log("");
    log(`pages whose ids differ between the two: ${mismatches.length} of ${all.length}`);
    for (const s of mismatches.slice(0, 10)) log(`  ${s.label}`);
    log(
      `slowest first pages through the application:\n${slowest(
        samples.filter((s) => s.page === 1),
        SHOWN_SLOWEST,
      )}`,
    );
    log(
      `slowest deep pages through the application:\n${slowest(
        samples.filter((s) => s.page > 1),
        SHOWN_SLOWEST,
      )}`,
    );
    const appP95 = percentile(
      samples.map((s) => s.appMs),
      95,
    );
    const ratio =
      appP95 /
      percentile(
        samples.map((s) => s.sqlMs),
        95,
      );
    const firstPages = firstPageTargets(samples);
    log(`targets (issue 15), first pages through the application:`);
    for (const line of firstPages.lines) log(line);
    log(
      `targets, all pages: app p95 ${appP95.toFixed(1)} ms ≤ 50 ms: ${appP95 <= 50 ? "met" : "NOT met"}; p95 ratio ${ratio.toFixed(2)} ≤ 1.5: ${ratio <= 1.5 ? "met" : "NOT met"}`,
    );
  } finally {
    await database.stop();
    log(
      `load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
