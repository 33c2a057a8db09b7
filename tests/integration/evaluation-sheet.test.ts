import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { GET as apiSheet } from "@/app/api/v1/requirements/[id]/evaluation-sheet/route";
import { GET as pageSheet } from "@/app/requirements/[id]/evaluation/sheet/route";
import { db } from "@/lib/db";
import { getRanking } from "@/lib/domain/evaluation/read-scores";
import { exportEvaluationSheet } from "@/lib/domain/evaluation/sheet/export-evaluation-sheet";
import { call, expectProblem, tokenOf } from "@/tests/helpers/api-call";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createScoredEvaluationScene } from "@/tests/helpers/evaluation";
import { sessionCookieOf } from "@/tests/helpers/session-cookie";

const browser = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", async () => {
  const { RequestCookies } = await import("next/dist/server/web/spec-extension/cookies");
  return { cookies: async () => new RequestCookies(new Headers({ cookie: browser.cookie })) };
});

process.env.NEXTAUTH_SECRET ??= "sheet-test-secret-sheet-test-secret-1";
setUpTestDatabase();

/** Opened; both evaluators scored the quality criterion (70/90 and 80/60) and submitted. */
const scoredScene = () =>
  createScoredEvaluationScene([
    [70, 90],
    [80, 60],
  ]);

type Scene = Awaited<ReturnType<typeof scoredScene>>;

/** The figures every export must carry: vendor → [rank, price, quality mean, price score, overall]. */
async function expectedFigures(scene: Scene) {
  const ranking = await getRanking(scene.users.owner.actor, {
    requirementId: scene.requirement.id,
  });
  return Object.fromEntries(
    ranking.rows.map((row) => [
      row.vendorName,
      [row.rank, row.priceCny, row.criteria[0]!.score, row.criteria[1]!.score, row.overall],
    ]),
  );
}

const HEADERS = {
  "zh-CN": {
    rank: "排名",
    vendor: "供应商",
    price: "报价（元）",
    quality: "技术方案（权重 60%）",
    spread: "技术方案：分差",
    judge: "技术方案：评委甲",
    priceScore: "报价（权重 40%，低价优先）",
    overall: "综合得分",
    comparison: "评分对比",
    criteria: "评分标准",
  },
  en: {
    rank: "Rank",
    vendor: "Vendor",
    price: "Price (CNY)",
    quality: "技术方案 (weight 60%)",
    spread: "技术方案: spread",
    judge: "技术方案: 评委甲",
    priceScore: "报价 (weight 40%, lowest price)",
    overall: "Overall score",
    comparison: "Comparison",
    criteria: "Criteria",
  },
} as const;

const LOCALES = ["zh-CN", "en"] as const;

describe("the evaluation sheet", () => {
  it.each(LOCALES)(
    "as XLSX in %s carries the ranking's figures and the weights",
    async (locale) => {
      const scene = await scoredScene();
      const h = HEADERS[locale];
      const file = await exportEvaluationSheet(scene.users.owner.actor, {
        requirementId: scene.requirement.id,
        format: "xlsx",
        locale,
      });
      expect(file.contentType).toMatch(/spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.body.buffer as ArrayBuffer);
      const sheet = workbook.getWorksheet(h.comparison)!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const column = (name: string) => headers.indexOf(name) + 1;
      for (const name of [
        h.rank,
        h.vendor,
        h.quality,
        h.judge,
        h.spread,
        h.priceScore,
        h.overall,
      ]) {
        expect(headers).toContain(name);
      }
      const figures: Record<string, unknown[]> = {};
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const cell = (name: string) => row.getCell(column(name)).value;
        figures[String(cell(h.vendor))] = [h.rank, h.price, h.quality, h.priceScore, h.overall].map(
          cell,
        );
      });
      expect(figures).toEqual(await expectedFigures(scene));
      // 甲: evaluators 70 and 80 → spread 10; ranked by overall (乙 first: 75×0.6 + 100×0.4).
      const first = sheet.getRow(2);
      expect(first.getCell(column(h.vendor)).value).toBe("乙供应商");
      expect(sheet.getRow(3).getCell(column(h.spread)).value).toBe(10);
      const criteria = workbook.getWorksheet(h.criteria)!;
      expect(criteria.getRow(2).getCell(2).value).toBe(60);
      expect(criteria.getRow(3).getCell(2).value).toBe(40);
    },
  );

  it.each(LOCALES)("as CSV in %s, with a BOM, carries the same figures", async (locale) => {
    const scene = await scoredScene();
    const h = HEADERS[locale];
    const file = await exportEvaluationSheet(scene.users.owner.actor, {
      requirementId: scene.requirement.id,
      format: "csv",
      locale,
    });
    expect([...file.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: Record<string, string>[] = parse(Buffer.from(file.body), {
      bom: true,
      columns: true,
    });
    const asNumber = (text: string | undefined) => (text ? Number(text) : null);
    const figures = Object.fromEntries(
      records.map((r) => [
        r[h.vendor],
        [h.rank, h.price, h.quality, h.priceScore, h.overall].map((k) => asNumber(r[k])),
      ]),
    );
    const expected = await expectedFigures(scene);
    for (const [vendor, values] of Object.entries(expected)) {
      expect(figures[vendor]).toHaveLength(values.length);
      values.forEach((value, i) => expect(figures[vendor]![i]).toBeCloseTo(value as number, 2));
    }
    expect(records.map((r) => r[h.judge])).toEqual(["90.00", "70.00"]);
  });

  it("downloads from the page route with a Chinese file name (RFC 5987), and refuses others", async () => {
    const scene = await scoredScene();
    const requirement = await db.requirement.findUniqueOrThrow({
      where: { id: scene.requirement.id },
    });
    const get = (id: string, query: string) =>
      pageSheet(new NextRequest(`http://localhost/requirements/${id}/evaluation/sheet?${query}`), {
        params: Promise.resolve({ id }),
      });
    browser.cookie = await sessionCookieOf(scene.users.owner.user.id);
    const response = await get(requirement.id, "format=csv&lang=zh-CN");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const name = `评分表-${requirement.projectNumber}.csv`;
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    const english = await get(requirement.id, "format=xlsx&lang=en");
    expect(english.headers.get("content-disposition")).toContain(
      `evaluation-sheet-${requirement.projectNumber}.xlsx`,
    );
    expect((await get(requirement.id, "format=pdf")).status).toBe(422);
    browser.cookie = "";
    expect((await get(requirement.id, "format=csv")).status).toBe(404);
  });

  it("is served by the API to whoever may read the ranking, as a file", async () => {
    const scene = await scoredScene();
    const id = scene.requirement.id;
    const path = `/api/v1/requirements/${id}/evaluation-sheet?format=xlsx&lang=en`;
    const owner = await tokenOf(scene.users.owner.actor);
    const response = await call(apiSheet, path, { params: { id }, token: owner });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet("Comparison")).toBeDefined();
    const vendor = await tokenOf(scene.vendors.first);
    await expectProblem(
      await call(apiSheet, path, { params: { id }, token: vendor }),
      403,
      "FORBIDDEN",
    );
  });
});
