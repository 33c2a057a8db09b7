import { beforeEach, describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import {
  demoRequirement,
  importDemoRequirements,
  searchableRequirement,
} from "@/tests/helpers/search";

setUpTestDatabase();

/** Titles of everything a visitor finds, in order (all listed states, one page). */
async function titlesFound(q: string) {
  const page = await searchRequirements(visitor, { q, state: "all", limit: "50" });
  return page.items.map((item) => item.title);
}

const CSG = demoRequirement("csg-energy-data-ai").title;

describe("searching the demo marketplace (imported as the seed imports it)", () => {
  const keys = [
    "csg-energy-data-ai",
    "sgcc-kf-llm-service",
    "zj-line-drone-inspection",
    "zj-flexible-load-aggregation",
    "ctg-renewable-power-forecast",
    "sinopharm-replenishment",
    "icbc-corporate-doc-rpa",
    "cmcc-llm-eval-dataset",
  ];
  const titlesTagged = (...slugs: string[]) =>
    keys
      .map(demoRequirement)
      .filter((r) => r.capabilities.some((c) => slugs.includes(c)))
      .map((r) => r.title)
      .sort();

  beforeEach(async () => {
    await importDemoRequirements(keys);
  });

  it.each(["计量", "电能量", "电能", "电能量数据", "计量装置 故障预警"])(
    "finds China Southern Grid's requirement by %s",
    async (q) => {
      expect(await titlesFound(q)).toEqual([CSG]);
    },
  );

  it("finds forecasting requirements by the English word 'forecast'", async () => {
    const found = await titlesFound("forecast");
    expect(found.slice().sort()).toEqual(
      titlesTagged("time-series-forecasting", "weather-forecasting"),
    );
  });

  it.each(["负荷预测", "load forecasting", "Load Forecasting", "时序预测"])(
    "finds the requirements tagged time-series-forecasting by %s",
    async (q) => {
      const found = await titlesFound(q);
      expect(found.slice().sort()).toEqual(titlesTagged("time-series-forecasting"));
    },
  );

  it("finds by a mix of Chinese and English", async () => {
    expect(await titlesFound("多模态 LLM")).toEqual([CSG]);
  });

  it("marks the matched words of each result, as data", async () => {
    const page = await searchRequirements(visitor, { q: "电能量" });
    const [item] = page.items;
    expect(item?.highlights.title).toEqual([
      { text: "人工智能驱动的", match: false },
      { text: "电能量", match: true },
      { text: "数据创新应用技术研究", match: false },
    ]);
    expect(item?.highlights.summary.filter((s) => s.match).map((s) => s.text)).toEqual([
      "电能量",
      "电能量",
    ]);
  });

  it("names the tags whose labels matched", async () => {
    const page = await searchRequirements(visitor, { q: "负荷预测", state: "all" });
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items)
      expect(item.highlights.tags).toEqual(["time-series-forecasting"]);
  });
});

describe("ranking", () => {
  it("ranks power-grid requirements first for 电网, above newer ones that mention it in passing", async () => {
    const grid = await createOrganization();
    const other = await createOrganization({ industries: ["power-generation"] });
    const gridTitles = ["95598智能客服大模型应用建设", "配电网故障智能定位", "输电线路无人机巡检"];
    for (const [i, title] of gridTitles.entries()) {
      await searchableRequirement({
        orgId: grid.id,
        title,
        industry: "power-grid",
        publishedAt: new Date(Date.UTC(2026, 9, 1 + i)),
      });
    }
    await searchableRequirement({
      orgId: other.id,
      title: "新能源场站功率预测",
      summary: "风电与光伏场站的短期功率预测",
      description: "预测结果须满足电网调度要求。电网考核按日统计。",
      industry: "power-generation",
      publishedAt: new Date(Date.UTC(2026, 10, 15)),
    });
    const found = await titlesFound("电网");
    expect(found.slice(0, 3).sort()).toEqual(gridTitles.slice().sort());
    expect(found[3]).toBe("新能源场站功率预测");
  });

  it("ranks a title match above a match in the body", async () => {
    const inBody = await searchableRequirement({
      title: "智能客服建设",
      description: "包括知识图谱构建",
      publishedAt: new Date(Date.UTC(2026, 10, 2)),
    });
    const inTitle = await searchableRequirement({
      title: "知识图谱平台建设",
      publishedAt: new Date(Date.UTC(2026, 10, 1)),
    });
    const page = await searchRequirements(visitor, { q: "知识图谱" });
    expect(page.items.map((item) => item.id)).toEqual([inTitle.id, inBody.id]);
  });

  // More title matches than the first fetch keeps for later pages (205 of 200), and more than
  // a page holds but fewer than that fetch (12): either way those pages are read from them.
  it.each([
    { titles: 205, limit: "50" },
    { titles: 12, limit: "5" },
  ])(
    "puts every title match first, however new the others, and pages on into the rest ($titles title matches)",
    async ({ titles, limit }) => {
      const org = await createOrganization();
      const day = (n: number) => new Date(Date.UTC(2026, 4, 1) + n * 86_400_000);
      const inTitle: string[] = [];
      for (let n = 0; n < titles; n++) {
        const row = await searchableRequirement({
          orgId: org.id,
          title: `风电功率预测项目${n}`,
          publishedAt: day(n),
        });
        inTitle.unshift(row.id); // the newest first
      }
      const inBody = await searchableRequirement({
        orgId: org.id,
        title: "新能源场站数据平台",
        summary: "包括风电功率预测与光伏功率预测",
        publishedAt: day(400),
      });

      const seen: { id: string; score: number | null }[] = [];
      let cursor: string | undefined;
      do {
        const page = await searchRequirements(visitor, { q: "风电功率预测", limit, cursor });
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.map((item) => item.id)).toEqual([...inTitle, inBody.id]);
      // The score says the same: it falls from first to last, title matches at 1 or more.
      const scores = seen.map((item) => item.score!);
      expect(scores).toEqual(scores.toSorted((a, b) => b - a));
      expect(scores.at(-2)).toBeGreaterThanOrEqual(1);
      expect(scores.at(-1)).toBeLessThan(1);
    },
  );

  it("ranks the demo's load-forecasting requirement first for 负荷预测, above a newer one with only 预测 in its title", async () => {
    const ids = await importDemoRequirements([
      "zj-flexible-load-aggregation",
      "bdh-crop-yield-forecast",
      "csg-energy-data-ai",
    ]);
    // Awarded months before the crop-yield requirement was published.
    await db.requirement.update({
      where: { id: ids["zj-flexible-load-aggregation"] },
      data: { publishedAt: new Date(Date.UTC(2026, 1, 1)) },
    });
    await db.requirement.update({
      where: { id: ids["bdh-crop-yield-forecast"] },
      data: { publishedAt: new Date(Date.UTC(2026, 10, 1)) },
    });
    const found = await titlesFound("负荷预测");
    expect(found[0]).toBe(demoRequirement("zj-flexible-load-aggregation").title);
    expect(found).toHaveLength(3);
  });

  it("ranks the whole search in the tags above part of it in the title", async () => {
    const partInTitle = await searchableRequirement({
      title: "大田作物产量预测",
      description: "兼顾灌溉设备的用电负荷。",
      capabilities: ["computer-vision"],
      publishedAt: new Date(Date.UTC(2026, 10, 2)),
    });
    const wholeInTags = await searchableRequirement({
      title: "电能量数据创新应用",
      capabilities: ["time-series-forecasting"],
      publishedAt: new Date(Date.UTC(2026, 5, 1)),
    });
    const page = await searchRequirements(visitor, { q: "负荷预测" });
    expect(page.items.map((item) => item.id)).toEqual([wholeInTags.id, partInTitle.id]);
    const [first, second] = page.items.map((item) => item.score!);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(second).toBeLessThan(1);
  });

  it("breaks a tie in relevance in favour of the newer requirement", async () => {
    const older = await searchableRequirement({
      title: "变电站智能巡检",
      publishedAt: new Date(Date.UTC(2026, 5, 1)),
    });
    const newer = await searchableRequirement({
      title: "变电站智能巡检",
      publishedAt: new Date(Date.UTC(2026, 10, 1)),
    });
    const page = await searchRequirements(visitor, { q: "巡检" });
    expect(page.items.map((item) => item.id)).toEqual([newer.id, older.id]);
  });
});

describe("one-character searches", () => {
  it("list what contains the character newest first, page by page without repeats or gaps", async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 6, 1) + n * 86_400_000);
    // The oldest has 电 as a word of its title, which a relevance order would put first.
    const titles = [
      "关于电的调查",
      "配电网故障定位",
      "风电功率预测",
      "储能电站运维",
      "光伏发电评估",
    ];
    const matching = [];
    for (const [n, title] of titles.entries()) {
      matching.unshift(await searchableRequirement({ title, publishedAt: day(n) }));
    }
    await searchableRequirement({
      title: "智能客服建设",
      industry: "finance",
      publishedAt: day(10),
    });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchRequirements(visitor, { q: "电", limit: "2", cursor });
      expect(page.sort).toBe("newest");
      expect(page.items.every((item) => item.score === null)).toBe(true);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(matching.map((row) => row.id));
  });

  it("are still ranked when another word narrows them", async () => {
    const page = await searchRequirements(visitor, { q: "电 AI" });
    expect(page.sort).toBe("relevance");
  });
});

describe("hostile and odd searches", () => {
  beforeEach(async () => {
    await searchableRequirement({ title: "电网 O&M 智能运维 (C++)" });
  });

  it.each([
    "' & | ! : * ( ) \\ <->",
    "电网' | '",
    "电网 & !",
    "*:* <-> (",
    '\'); DROP TABLE "Requirement"; --',
    "\\",
  ])("answers %j normally", async (q) => {
    const page = await searchRequirements(visitor, { q });
    expect(Array.isArray(page.items)).toBe(true);
  });

  it("refuses a NUL byte on the search field (no text can hold one)", async () => {
    await expect(searchRequirements(visitor, { q: "\u0000电网" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { q: ["invalidCharacters"] },
    });
  });

  it("still finds the words around the operators", async () => {
    const page = await searchRequirements(visitor, { q: "电网' | '运维" });
    expect(page.items).toHaveLength(1);
  });

  it("answers a 10,000-character search normally", async () => {
    const q = "电网 O&M 智能运维 ".repeat(900);
    expect(q.length).toBeGreaterThanOrEqual(10_000);
    const page = await searchRequirements(visitor, { q });
    expect(page.items.map((item) => item.title)).toEqual(["电网 O&M 智能运维 (C++)"]);
  });

  it("searches a word longer than 60 characters instead of ignoring it", async () => {
    const long = "supercalifragilisticexpialidociousmeteringdeviceanomalydetector2026";
    expect(long.length).toBeGreaterThan(60);
    const withIt = await searchableRequirement({
      title: "计量装置运维",
      description: `模型代号 ${long}。`,
    });
    const page = await searchRequirements(visitor, { q: long });
    expect(page.items.map((item) => item.id)).toEqual([withIt.id]);
    expect((await searchRequirements(visitor, { q: "y".repeat(70) })).items).toEqual([]);
  });

  it("lists everything newest first when the search has no words", async () => {
    const page = await searchRequirements(visitor, { q: "!!! ***" });
    expect(page.sort).toBe("newest");
    expect(page.items).toHaveLength(1);
  });

  it("keeps the tables intact", async () => {
    await searchRequirements(visitor, { q: '\'); DELETE FROM "Requirement"; --' });
    expect(await db.requirement.count()).toBe(1);
  });
});
