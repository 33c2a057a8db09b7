// `npm run bench:matching`: matching at marketplace scale (the search benchmark's generated
// data: 100,000 requirements, 20,000 vendors), through the use cases the pages and the CLI call
// (docs/matching.md). Prints p50/p95 per use case and the database's share of the time.
import os from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { disconnectDb } from "@/lib/db";
import { visitor, type Actor } from "@/lib/auth/actor";
import { findSimilarRequirements } from "@/lib/domain/matching/find-similar-requirements";
import { matchVendors } from "@/lib/domain/matching/match-vendors";
import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import { prepareDatabase } from "@/scripts/db/prepare-database";
import { withClient } from "@/scripts/lib/database-server";
import { openBenchDatabase } from "./bench-database";
import { loadDataset } from "./load-dataset";
import { percentile } from "./report";

const SAMPLES = Number(process.env.BENCH_MATCHING_SAMPLES ?? 100);
const operator: Actor = { kind: "system", name: "cli" };
const log = (line: string) => console.log(line);

/** The process's client, logging each query's duration so that the database's share is known. */
function timedClient(url: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const timing = { databaseMs: 0 };
  client.$on("query", (event) => (timing.databaseMs += event.duration));
  (globalThis as unknown as { zhipeiDb?: PrismaClient }).zhipeiDb = client;
  return timing;
}

interface Sample {
  ms: number;
  databaseMs: number;
}

async function measure(
  timing: { databaseMs: number },
  ids: string[],
  run: (id: string) => Promise<unknown>,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const before = timing.databaseMs;
    const started = performance.now();
    await run(ids[i % ids.length]!);
    samples.push({ ms: performance.now() - started, databaseMs: timing.databaseMs - before });
  }
  return samples;
}

function report(name: string, cold: number, samples: Sample[]) {
  const ms = samples.map((s) => s.ms);
  const share = samples.reduce((a, s) => a + s.databaseMs, 0) / ms.reduce((a, v) => a + v, 0);
  log(
    `| ${name.padEnd(22)} | ${String(samples.length).padStart(5)} | ${percentile(ms, 50).toFixed(1).padStart(6)} | ${percentile(ms, 95).toFixed(1).padStart(6)} | ${Math.max(
      ...ms,
    )
      .toFixed(1)
      .padStart(
        6,
      )} | ${(share * 100).toFixed(0).padStart(3)} % | ${(cold / 1000).toFixed(1).padStart(6)} s |`,
  );
}

async function main() {
  const database = await openBenchDatabase(log);
  try {
    await prepareDatabase(database.url);
    await loadDataset(database.url, log);
    const counts = await withClient(database.url, (c) =>
      c.query<{ vendors: number; open: number; requirements: number }>(`SELECT
        (SELECT count(*)::int FROM "Organization" WHERE kind = 'VENDOR') AS vendors,
        (SELECT count(*)::int FROM "Requirement") AS requirements,
        (SELECT count(*)::int FROM "Requirement" WHERE status = 'PUBLISHED' AND (deadline IS NULL OR deadline > now())) AS open`),
    );
    const { vendors, requirements, open } = counts.rows[0]!;
    log(`data: ${requirements} requirements (${open} open), ${vendors} vendors`);
    log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    const sample = (sql: string) =>
      withClient(database.url, (c) => c.query<{ id: string }>(sql)).then((r) =>
        r.rows.map((row) => row.id),
      );
    const requirementIds = await sample(
      `SELECT id FROM "Requirement" WHERE status = 'PUBLISHED' ORDER BY md5(id) LIMIT 50`,
    );
    const publicIds = await sample(
      `SELECT id FROM "Requirement" WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' ORDER BY md5(id) LIMIT 50`,
    );
    const vendorIds = await sample(
      `SELECT id FROM "Organization" WHERE kind = 'VENDOR' ORDER BY md5(id) LIMIT 50`,
    );

    process.env.DATABASE_URL = database.url;
    const timing = timedClient(database.url);
    const match = (id: string) => matchVendors(operator, { requirementId: id, limit: 20 });
    const recommend = (id: string) => recommendRequirements(operator, { vendorId: id, limit: 20 });
    // A visitor on a requirement's page: the similar requirements panel (5, as the panel asks).
    const similar = (id: string) =>
      findSimilarRequirements(visitor, { requirementId: id, limit: 5 });
    // The first call of each builds the in-process index (later ones reuse it until a change).
    let started = performance.now();
    await match(requirementIds[0]!);
    const coldMatch = performance.now() - started;
    started = performance.now();
    await recommend(vendorIds[0]!);
    const coldRecommend = performance.now() - started;
    started = performance.now();
    await similar(publicIds[0]!);
    const coldSimilar = performance.now() - started;

    log("\n| use case               | calls | p50 ms | p95 ms | max ms | database | first call |");
    log("| ---------------------- | ----: | -----: | -----: | -----: | -------: | ---------: |");
    report("matchVendors", coldMatch, await measure(timing, requirementIds, match));
    report("recommendRequirements", coldRecommend, await measure(timing, vendorIds, recommend));
    report("similarRequirements", coldSimilar, await measure(timing, publicIds, similar));
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
