import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { forgetSearchMemos } from "@/lib/search/search-memo";
import { indexTokens } from "@/lib/search/segmenter";
import { prepareDatabase } from "@/scripts/db/prepare-database";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

describe("the search index", () => {
  it("keeps the segmenter's tokens as PostgreSQL's simple configuration reads them", async () => {
    const text =
      "人工智能驱动的电能量数据 LLM-based O&M ISO27001认证 5G基站 Ｗｅｂ端 v1.2 e-mail: a@b.cn 95598 C++与Python Ünïcode";
    const tokens = [...new Set(indexTokens(text))].sort();
    const [row] = await db.$queryRaw<{ lexemes: string[] }[]>`
      SELECT tsvector_to_array(to_tsvector('simple', ${tokens.join(" ")})) AS lexemes`;
    expect(row?.lexemes.slice().sort()).toEqual(tokens);
  });

  it("indexes rows written before search existed when the database is prepared", async () => {
    const requirement = await createRequirement({ title: "煤矿井下智能视频分析" });
    const vendor = await createOrganization({ kind: "VENDOR", name: "衡矿智能" });
    expect((await searchRequirements(visitor, { q: "视频分析" })).items).toEqual([]);

    const { searchIndexed } = await prepareDatabase(process.env.MIGRATION_DATABASE_URL!);
    // Indexing is no edit, so it moves no stamp: preparing runs before a release's servers
    // start, and one already running forgets its kept first pages within the minute
    // (decisions.md 47). This process forgets them now, as a new one would start without them.
    forgetSearchMemos();

    // The requirement, its enterprise (the factory makes one) and the vendor.
    expect(searchIndexed).toBe(3);
    const found = await searchRequirements(visitor, { q: "视频分析" });
    expect(found.items.map((item) => item.id)).toEqual([requirement.id]);
    expect((await searchVendors(visitor, { q: "衡矿" })).items.map((item) => item.id)).toEqual([
      vendor.id,
    ]);
    expect((await prepareDatabase(process.env.MIGRATION_DATABASE_URL!)).searchIndexed).toBe(0);
  });
});
