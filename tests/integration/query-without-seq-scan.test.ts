import { describe, expect, it } from "vitest";
import { db, queryWithoutSeqScan } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { VENDORS } from "@/lib/domain/organizations/search/search-vendors";
import { searchVendorsSchema } from "@/lib/domain/organizations/search/search-vendors.schema";
import { vendorSearchSql } from "@/lib/domain/organizations/search/vendor-search-sql";
import { parseSearchQuery } from "@/lib/search/search-query";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

const SETTING = Prisma.sql`SELECT current_setting('enable_seqscan') AS value`;
const WORDS_PLAN = Prisma.sql`
  EXPLAIN SELECT id FROM "Organization" WHERE "searchBigrams" @@ to_tsquery('simple', '巡检')`;
const vendorSearchPlan = (q: string) => {
  const params = searchVendorsSchema.parse({ q });
  const conditions = Prisma.join(vendorSearchSql(params, parseSearchQuery(q)), " AND ");
  return Prisma.sql`EXPLAIN SELECT o."id" FROM ${VENDORS} WHERE ${conditions}`;
};
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

  it("finds a vendor search's words through their index and checks the kind on what they find", async () => {
    // Through an index of the vendors, every vendor's bigram vector would be read for the word.
    const plan = planText(await queryWithoutSeqScan(vendorSearchPlan("巡检")));
    expect(plan).toContain("Organization_searchBigrams_idx");
    expect(plan).not.toMatch(/Filter: \("searchBigrams"/);
  });
});
