import type { Sample } from "./run-queries";

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => value.toFixed(1).padStart(7);

/** A Markdown table: p50/p95/max of both ways, and the ratio of the p95s, by category. */
export function summaryTable(samples: Sample[]): string {
  const categories = [...new Set(samples.map((s) => s.category))];
  const row = (name: string, group: Sample[]) => {
    const app = group.map((s) => s.appMs);
    const sql = group.map((s) => s.sqlMs);
    const ratio = percentile(app, 95) / percentile(sql, 95);
    return `| ${name.padEnd(13)} | ${String(group.length).padStart(5)} | ${ms(percentile(app, 50))} | ${ms(percentile(app, 95))} | ${ms(Math.max(...app))} | ${ms(percentile(sql, 50))} | ${ms(percentile(sql, 95))} | ${ms(Math.max(...sql))} | ${ratio.toFixed(2).padStart(5)} |`;
  };
  return [
    "| category      | pages | app p50 | app p95 | app max | SQL p50 | SQL p95 | SQL max | p95 ratio |",
    "| ------------- | ----: | ------: | ------: | ------: | ------: | ------: | ------: | --------: |",
    ...categories.map((c) =>
      row(
        c,
        samples.filter((s) => s.category === c),
      ),
    ),
    row("**overall**", samples),
  ].join("\n");
}

/** The slowest pages through the application, to see what the tail is made of. */
export function slowest(samples: Sample[], count = 8): string {
  return [...samples]
    .sort((a, b) => b.appMs - a.appMs)
    .slice(0, count)
    .map((s) => `  ${s.appMs.toFixed(1)} ms (SQL ${s.sqlMs.toFixed(1)} ms)  ${s.label}`)
    .join("\n");
}
