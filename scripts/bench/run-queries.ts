import type pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { forgetSearchMemos } from "@/lib/search/search-memo";
import { handSearchRequirements, handSearchVendors, type Keyset } from "./hand-written-sql";
import type { BenchQuery, Category } from "./queries";

/** One page fetched both ways: how long each took, and whether they returned the same ids. */
export interface Sample {
  /** The search's category; its pages after the first are reported as deep pages. */
  category: Category;
  /** 1 for the first page of the search (what every user waits for), 2–10 for deep pages. */
  page: number;
  /** A first page asked again at once, answered from what the process kept (search-memo.ts). */
  kept: boolean;
  appMs: number;
  sqlMs: number;
  sameIds: boolean;
  label: string;
}

export interface Viewer {
  actor: Actor;
  orgId: string | null;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

interface PageIds {
  ids: string[];
  next: unknown;
}

/** The same rows in the same order, and both say whether a next page follows. */
const samePage = (app: PageIds, sql: PageIds) =>
  app.ids.length === sql.ids.length &&
  app.ids.every((id, i) => id === sql.ids[i]) &&
  (app.next === null) === (sql.next === null);

const sampleOf = (query: BenchQuery, page: number) => ({
  category: query.category,
  page,
  label: `${query.target} ${new URLSearchParams(query.params).toString()} p${page}`,
});

/**
 * Every page of one search through the application function and through the hand-written SQL,
 * in alternating order (so that neither always runs on the other's warmed cache).
 */
export async function runQuery(
  pool: pg.Pool,
  query: BenchQuery,
  viewer: Viewer,
  appFirst: boolean,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  let cursor: string | undefined;
  let keyset: Keyset = null;
  for (let page = 1; page <= query.pages; page++) {
    const params = cursor ? { ...query.params, cursor } : query.params;
    const app = () =>
      query.target === "vendors"
        ? searchVendors(viewer.actor, params).then((r) => ({
            ids: r.items.map((i) => i.id),
            next: r.nextCursor,
          }))
        : searchRequirements(viewer.actor, params).then((r) => ({
            ids: r.items.map((i) => i.id),
            next: r.nextCursor,
          }));
    const sql = () =>
      query.target === "vendors"
        ? handSearchVendors(pool, query.params, keyset)
        : handSearchRequirements(pool, viewer.orgId, query.params, keyset);
    // Measured as first asked: the kept answer of a previous round would time nothing.
    if (page === 1) forgetSearchMemos();
    let appResult, appMs, sqlResult, sqlMs;
    if (appFirst) {
      [appResult, appMs] = await timed(app);
      [sqlResult, sqlMs] = await timed(sql);
    } else {
      [sqlResult, sqlMs] = await timed(sql);
      [appResult, appMs] = await timed(app);
    }
    if (page === 1) {
      const [kept, keptMs] = await timed(app);
      const sameIds = samePage(kept, sqlResult); // a kept answer is the same page
      samples.push({ ...sampleOf(query, page), kept: true, appMs: keptMs, sqlMs, sameIds });
    }
    samples.push({
      ...sampleOf(query, page),
      kept: false,
      appMs,
      sqlMs,
      sameIds: samePage(appResult, sqlResult),
    });
    if (!appResult.next || !sqlResult.next) break;
    cursor = appResult.next;
    keyset = sqlResult.next;
  }
  return samples;
}
