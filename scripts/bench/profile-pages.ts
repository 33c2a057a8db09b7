// `npm run bench:pages:profile`: where each page of bench:pages spends its database time. The
// production build is served on the bench database with every Prisma query logged with its
// duration (PROFILE_QUERY_LOG, lib/db.ts); each page is asked for a few times, one request at a
// time, and its queries are listed by total time per request (docs/performance.md). With
// PROFILE_CPU=<path>, that page is put under load instead (autocannon, as bench:pages) in a server
// run with `node --cpu-prof`, and where the server's CPU went is listed by package and function.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { runBench, withBenchApp } from "./bench-app";
import { loadPage } from "./load-page";
import { pagesToMeasure } from "./page-list";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 5);
const LOG = `/tmp/zhipei-query-log-${PORT}.jsonl`;
const CPU_PAGE = process.env.PROFILE_CPU;
const CPU_DIR = `/tmp/zhipei-cpu-profile-${PORT}`;
const log = (line: string) => console.log(line);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Where the biggest profile in CPU_DIR (the server's, not tsx's) spent its samples. */
function summarizeCpuProfile() {
  const file = readdirSync(CPU_DIR)
    .map((name) => path.join(CPU_DIR, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!file) throw new Error("no CPU profile was written");
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[] };
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const { callFrame, hitCount = 0 } of profile.nodes) {
    const url = callFrame.url;
    const pkg =
      url
        .match(/node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/dist\/compiled\/([^/]+))?/)
        ?.slice(1)
        .filter(Boolean)
        .join(" › ") ??
      (url.includes("/.next/")
        ? ".next (the app and what it bundles)"
        : url
          ? "other"
          : callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hitCount);
    const name = `${callFrame.functionName || "(anonymous)"} ${url.replace(/.*node_modules\//, "").replace(/.*\.next\//, ".next/")}:${callFrame.lineNumber}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hitCount);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)} %  ${name}`)
      .join("\n");
  log(`\nCPU by package (self time, ${total} samples):\n${top(byPackage, 15)}`);
  log(`\nCPU by function (self time):\n${top(byFunction, 30)}`);
}

interface Logged {
  ms: number;
  q: string;
}

/** The query's text with its parameters and lists folded, to group repeats of one query. */
const shape = (query: string) =>
  query
    .replace(/\$\d+/g, "?")
    .replace(/\s+/g, " ")
    .replace(/(\?,\s*)+\?/g, "?…")
    .replace(/SELECT "public"\."\w+"\."\w+", .*? FROM/, (m) => m.slice(0, 60) + "… FROM")
    .slice(0, 220);

function readLog(): Logged[] {
  try {
    return readFileSync(LOG, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Logged);
  } catch {
    return [];
  }
}

async function main() {
  await withBenchApp({ port: PORT, log, prepare: false }, async ({ pool, cookies, start }) => {
    rmSync(LOG, { force: true });
    if (CPU_PAGE) {
      rmSync(CPU_DIR, { recursive: true, force: true });
      mkdirSync(CPU_DIR, { recursive: true });
      const app = await start({}, ["--cpu-prof", `--cpu-prof-dir=${CPU_DIR}`]);
      const page = (await pagesToMeasure(pool)).find((p) => p.path === CPU_PAGE);
      const url = `http://127.0.0.1:${PORT}${CPU_PAGE}`;
      const cookie = page?.as && cookies[page.as];
      await loadPage(url, { seconds: 2, connections: 10, cookie });
      const load = await loadPage(url, { seconds: 10, connections: 10, cookie });
      log(`${CPU_PAGE}: ${load.requestsPerSecond.toFixed(0)} req/s under the profiler`);
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
      // The server writes its profile as it exits, which may be after tsx's process is gone.
      for (let waited = 0; waited < 120 && readdirSync(CPU_DIR).length === 0; waited++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      summarizeCpuProfile();
      return;
    }
    await start({ PROFILE_QUERY_LOG: LOG });
    const pages = [
      { name: "/bench-reference", path: "/bench-reference" },
      ...(await pagesToMeasure(pool)),
    ];
    for (const page of pages) {
      const url = `http://127.0.0.1:${PORT}${page.path}`;
      const headers: Record<string, string> = page.as ? { cookie: cookies[page.as] } : {};
      for (let i = 0; i < 2; i++) await (await fetch(url, { headers, redirect: "manual" })).text();
      rmSync(LOG, { force: true });
      const started = performance.now();
      let status = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const response = await fetch(url, { headers, redirect: "manual" });
        status = response.status;
        await response.text();
      }
      const perRequest = (performance.now() - started) / ROUNDS;
      await new Promise((resolve) => setTimeout(resolve, 200)); // the log's last lines
      const queries = readLog();
      const groups = new Map<string, { count: number; ms: number }>();
      for (const { ms, q } of queries) {
        const group = groups.get(shape(q)) ?? { count: 0, ms: 0 };
        group.count += 1;
        group.ms += ms;
        groups.set(shape(q), group);
      }
      const dbMs = queries.reduce((sum, q) => sum + q.ms, 0) / ROUNDS;
      log(
        `\n## ${page.name} (${status}): ${perRequest.toFixed(0)} ms per request, ` +
          `${(queries.length / ROUNDS).toFixed(1)} queries, ${dbMs.toFixed(0)} ms in them (summed)`,
      );
      for (const [query, { count, ms }] of [...groups].sort((a, b) => b[1].ms - a[1].ms)) {
        log(
          `  ${(ms / ROUNDS).toFixed(1).padStart(7)} ms  ×${(count / ROUNDS).toFixed(1)}  ${query}`,
        );
      }
    }
  });
}

runBench(main);
