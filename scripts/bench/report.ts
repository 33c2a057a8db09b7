import { firstPageTarget, type Category } from "./queries";
import type { Sample } from "./run-queries";

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => value.toFixed(1).padStart(7);

const appP95 = (group: Sample[]) =>
  percentile(
    group.map((s) => s.appMs),
    95,
  );

/** The first page of each search, by category, in the order the searches are made. */
function firstPagesByCategory(samples: Sample[]): [Category, Sample[]][] {
  const first = samples.filter((s) => s.page === 1);
  return [...new Set(first.map((s) => s.category))].map((c) => [
    c,
    first.filter((s) => s.category === c),
  ]);
}

/**
 * A Markdown table: p50/p95/max of both ways and the ratio of the p95s, for the first pages of
 * each category, all first pages, the deep pages (2–10, reached by following the cursor) and
 * all pages, as first asked; then the first pages asked again at once (kept by the process: the
 * SQL columns are the first asking's).
 */
export function summaryTable(all: Sample[]): string {
  const samples = all.filter((s) => !s.kept);
  const row = (name: string, group: Sample[]) => {
    const app = group.map((s) => s.appMs);
    const sql = group.map((s) => s.sqlMs);
    const ratio = percentile(app, 95) / percentile(sql, 95);
    return `| ${name.padEnd(22)} | ${String(group.length).padStart(5)} | ${ms(percentile(app, 50))} | ${ms(percentile(app, 95))} | ${ms(Math.max(...app))} | ${ms(percentile(sql, 50))} | ${ms(percentile(sql, 95))} | ${ms(Math.max(...sql))} | ${ratio.toFixed(2).padStart(5)} |`;
  };
  return [
    "| pages                  | count | app p50 | app p95 | app max | SQL p50 | SQL p95 | SQL max | p95 ratio |",
    "| ---------------------- | ----: | ------: | ------: | ------: | ------: | ------: | ------: | --------: |",
    ...firstPagesByCategory(samples).map(([c, group]) => row(`first: ${c}`, group)),
    row(
      "**all first pages**",
      samples.filter((s) => s.page === 1),
    ),
    row(
      "deep pages (2–10)",
      samples.filter((s) => s.page > 1),
    ),
    row("**overall**", samples),
    row(
      "first pages asked again",
      all.filter((s) => s.kept),
    ),
  ].join("\n");
}

/** Each first-page target (issue 15) with the run's figure and whether it is met. */
export function firstPageTargets(samples: Sample[]): { lines: string[]; met: boolean } {
  const results = firstPagesByCategory(samples).map(([category, group]) => {
    const p95 = appP95(group);
    const target = firstPageTarget(category);
    return {
      met: p95 <= target,
      line: `first pages, ${category}: p95 ${p95.toFixed(1)} ms ≤ ${target} ms`,
    };
  });
  return {
    lines: results.map((r) => `  ${r.line}: ${r.met ? "met" : "NOT met"}`),
    met: results.every((r) => r.met),
  };
}

/** The slowest pages through the application, to see what the tail is made of. */
export function slowest(samples: Sample[], count = 8): string {
  return [...samples]
    .sort((a, b) => b.appMs - a.appMs)
    .slice(0, count)
    .map((s) => `  ${s.appMs.toFixed(1)} ms (SQL ${s.sqlMs.toFixed(1)} ms)  ${s.label}`)
    .join("\n");
}
