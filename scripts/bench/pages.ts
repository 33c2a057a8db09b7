// `npm run bench:pages`: the pages that matter, served by the production build on the search
// benchmark's 100,000-requirement database, each measured against a page with only the layout
// (app/bench-reference), in the same run (docs/performance.md).
import os from "node:os";
import { runBench, withBenchApp } from "./bench-app";
import { loadPage, type PageLoad } from "./load-page";
import { pagesToMeasure, type Page } from "./page-list";
import { pageWeight, type PageWeight } from "./page-weight";
import { processTreeCpuMs } from "./process-cpu";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const REFERENCE = "/bench-reference";
const log = (line: string) => console.log(line);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

interface Row {
  name: string;
  load: PageLoad;
  weight: PageWeight;
  /** The app server's CPU time per answer, ms (the database's is not counted). */
  cpuMs: number;
}

function table(rows: Row[], reference: { rate: number; cpuMs: number }) {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [
    line([
      "page",
      "req/s",
      "share of layout-only",
      "server CPU ms",
      "CPU share",
      "p50 ms",
      "p95 ms",
      "HTML KB",
      "JS KB gzip",
      "failed",
    ]),
    line(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...rows.map(({ name, load, weight, cpuMs }) =>
      line([
        name,
        load.requestsPerSecond.toFixed(0),
        `${((100 * load.requestsPerSecond) / reference.rate).toFixed(0)} %`,
        cpuMs.toFixed(1),
        `${((100 * reference.cpuMs) / cpuMs).toFixed(0)} %`,
        load.p50Ms.toFixed(0),
        load.p95Ms.toFixed(0),
        kb(weight.htmlBytes),
        weight.jsGzipBytes ? kb(weight.jsGzipBytes) : "–",
        load.failures,
      ]),
    ),
  ].join("\n");
}

async function measure(
  base: string,
  pages: Page[],
  cookies: Record<"enterprise" | "vendor", string>,
  serverPid: number,
) {
  const rows: Row[] = [];
  const reference: Page = { name: `${REFERENCE} (layout only)`, path: REFERENCE };
  // Each page weighed first, before any is measured, as on a server that has been up a while:
  // the requirement page starts the matching corpus's build, which the vendor workspace waits
  // for (measured apart: its build is a cost of each change of the published requirements).
  const weights = new Map<string, PageWeight>();
  for (const page of [reference, ...pages]) {
    const weight = await pageWeight(`${base}${page.path}`, page.as && cookies[page.as]);
    if (weight.status !== 200) throw new Error(`${page.path} answered ${weight.status}`);
    weights.set(page.path, weight);
  }
  // The reference is measured first and last: the share uses the mean of the two.
  for (const page of [reference, ...pages, { ...reference, name: `${reference.name}, again` }]) {
    const url = `${base}${page.path}`;
    const cookie = page.as && cookies[page.as];
    const weight = weights.get(page.path)!;
    await loadPage(url, { seconds: 1, connections: CONNECTIONS, cookie }); // warm-up
    const cpuBefore = processTreeCpuMs(serverPid);
    const load = await loadPage(url, { seconds: SECONDS, connections: CONNECTIONS, cookie });
    const cpuMs = (processTreeCpuMs(serverPid) - cpuBefore) / load.requests;
    log(`  ${page.name}: ${load.requestsPerSecond.toFixed(0)} req/s, ${cpuMs.toFixed(1)} ms CPU`);
    rows.push({ name: page.name, load, weight, cpuMs });
  }
  const mean = (value: (row: Row) => number) => (value(rows[0]!) + value(rows.at(-1)!)) / 2;
  return {
    rows,
    reference: { rate: mean((row) => row.load.requestsPerSecond), cpuMs: mean((row) => row.cpuMs) },
  };
}

async function main() {
  await withBenchApp({ port: PORT, log, prepare: true }, async ({ pool, cookies, start }) => {
    const server = await start();
    log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}; load before ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per page`);
    const { rows, reference } = await measure(
      `http://127.0.0.1:${PORT}`,
      await pagesToMeasure(pool),
      cookies,
      server.pid!,
    );
    log(
      `load after ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}\n`,
    );
    log(table(rows, reference));
    log(
      "\nCPU share: the layout-only page's server CPU per answer over the page's, the share of " +
        "its throughput the page would reach where the app server's CPU is what limits both.",
    );
  });
}

runBench(main);
