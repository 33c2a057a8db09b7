import { describe, expect, it } from "vitest";
import { db, queryWithoutSeqScan } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

const SETTING = Prisma.sql`SELECT current_setting('enable_seqscan') AS value`;
const WORDS_PLAN = Prisma.sql`
  EXPLAIN SELECT id FROM "Organization" WHERE "searchBigrams" @@ to_tsquery('simple', '巡检')`;
const planText = (rows: Record<string, string>[]) => rows.map((row) => row["QUERY PLAN"]).join();

describe("queryWithoutSeqScan (the vendor directory's searches)", () => {
  it("rules sequential scans out for its own query, and for no query after it", async () => {
    expect(await queryWithoutSeqScan<{ value: string }>(SETTING)).toEqual([{ value: "off" }]);
    // The pool's connections are shared: the setting must not outlive its transaction.
    for (let i = 0; i < 5; i++) expect(await db.$queryRaw(SETTING)).toEqual([{ value: "on" }]);
  });

  it("finds words through their GIN index where PostgreSQL would scan the table", async () => {
    expect(planText(await db.$queryRaw(WORDS_PLAN))).toContain("Seq Scan");
    const plan = planText(await queryWithoutSeqScan(WORDS_PLAN));
    expect(plan).toContain("Organization_searchBigrams_idx");
    expect(plan).not.toContain("Seq Scan");
  });
});
