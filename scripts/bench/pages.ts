// `npm run bench:pages`: the pages that matter, served by the production build on the search
// benchmark's 100,000-requirement database, each measured against a page with only the layout
// (app/bench-reference), in the same run (docs/performance.md).
import os from "node:os";
import { runBench, withBenchApp } from "./bench-app";
import { loadPage, type PageLoad } from "./load-page";
import { pagesToMeasure, type Page } from "./page-list";
import { pageWeight, type PageWeight } from "./page-weight";

const PORT = Number(process.env.BENCH_PORT ?? 3190);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const REFERENCE = "/bench-reference";
const log = (line: string) => console.log(line);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function table(rows: { name: string; load: PageLoad; weight: PageWeight }[], reference: number) {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [
    line([
      "page",
      "req/s",
      "share of layout-only",
      "p50 ms",
      "p95 ms",
      "HTML KB",
      "JS KB gzip",
      "failed",
    ]),
    line(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...rows.map(({ name, load, weight }) =>
      line([
        name,
        load.requestsPerSecond.toFixed(0),
        `${((100 * load.requestsPerSecond) / reference).toFixed(0)} %`,
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
) {
  const rows = [];
  const reference: Page = { name: `${REFERENCE} (layout only)`, path: REFERENCE };
  // The reference is measured first and last: the share uses the mean of the two.
  for (const page of [reference, ...pages, { ...reference, name: `${reference.name}, again` }]) {
    const url = `${base}${page.path}`;
    const cookie = page.as && cookies[page.as];
    const weight = await pageWeight(url, cookie);
    if (weight.status !== 200) throw new Error(`${page.path} answered ${weight.status}`);
    await loadPage(url, { seconds: 1, connections: CONNECTIONS, cookie }); // warm-up
    const load = await loadPage(url, { seconds: SECONDS, connections: CONNECTIONS, cookie });
    log(`  ${page.name}: ${load.requestsPerSecond.toFixed(0)} req/s`);
    rows.push({ name: page.name, load, weight });
  }
  const referenceRate = (rows[0]!.load.requestsPerSecond + rows.at(-1)!.load.requestsPerSecond) / 2;
  return { rows, referenceRate };
}

async function main() {
  await withBenchApp({ port: PORT, log, prepare: true }, async ({ pool, cookies, start }) => {
    await start();
    log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}; load before ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
    log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s per page`);
    const { rows, referenceRate } = await measure(
      `http://127.0.0.1:${PORT}`,
      await pagesToMeasure(pool),
      cookies,
    );
    log(
      `load after ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}\n`,
    );
    log(table(rows, referenceRate));
  });
}

runBench(main);
