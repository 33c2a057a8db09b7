import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { addCaseStudy } from "@/lib/domain/organizations/add-case-study";
import { removeCaseStudy } from "@/lib/domain/organizations/remove-case-study";
import {
  searchVendors,
  type VendorSearchPage,
} from "@/lib/domain/organizations/search/search-vendors";
import { updateCaseStudy } from "@/lib/domain/organizations/update-case-study";
import { countVendors } from "@/lib/domain/organizations/search/count-vendors";
import { updateOrganizationProfile } from "@/lib/domain/organizations/update-organization-profile";
import type { UrlValue } from "@/lib/http/url-params";
import { createCast } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createCaseStudy, createOrganization } from "@/tests/helpers/factories";
import { searchableVendor } from "@/tests/helpers/search";
import { db } from "@/lib/db";
import { refreshOrganizationSearch } from "@/lib/domain/organizations/search/refresh-organization-search";

setUpTestDatabase();

const search = (input: Record<string, UrlValue>) => searchVendors(visitor, input);
const namesOf = (page: VendorSearchPage) => page.items.map((item) => item.name);

describe("searching the vendor directory", () => {
  it("finds vendors by name, description, capability, industry and case study", async () => {
    const damo = await searchableVendor({
      name: "达摩院决策智能实验室",
      nameEn: "DAMO Academy Decision Intelligence Lab",
      description: "MindOpt优化求解器与电力AI气象预报。",
      capabilities: ["optimization", "weather-forecasting"],
      industries: ["power-grid"],
    });
    await createCaseStudy({
      orgId: damo.id,
      title: "省级电网新能源功率预测",
      summary: "融合数值天气预报的风光功率预测。",
      industry: "power-generation",
      capabilities: ["time-series-forecasting"],
    });
    await refreshOrganizationSearch(db, damo.id);
    await searchableVendor({
      name: "科大讯飞",
      description: "语音识别与智能客服。",
      capabilities: ["speech"],
      industries: ["telecom"],
    });
    await createOrganization({ name: "达摩院需求方", kind: "ENTERPRISE" });

    for (const q of [
      "达摩院",
      "DAMO",
      "MindOpt",
      "求解器",
      "气象",
      "weather",
      "电网",
      "功率预测",
      "load forecasting",
    ]) {
      expect(namesOf(await search({ q })), q).toEqual(["达摩院决策智能实验室"]);
    }
    expect(namesOf(await search({ q: "语音" }))).toEqual(["科大讯飞"]);
  });

  it("marks what matched: name, description, tags and case studies", async () => {
    const vendor = await searchableVendor({
      name: "粤量智能",
      description: "专注电能计量装置的异常检测。",
      capabilities: ["anomaly-detection"],
    });
    const caseStudy = await createCaseStudy({ orgId: vendor.id, title: "计量装置故障预警" });
    await refreshOrganizationSearch(db, vendor.id);

    const [item] = (await search({ q: "计量" })).items;
    expect(item?.highlights.description.filter((s) => s.match).map((s) => s.text)).toEqual([
      "计量",
    ]);
    expect(item?.highlights.caseStudies).toEqual([
      {
        id: caseStudy.id,
        title: [
          { text: "计量", match: true },
          { text: "装置故障预警", match: false },
        ],
      },
    ]);
    expect((await search({ q: "故障预警" })).items[0]?.highlights.tags).toEqual([
      "anomaly-detection",
    ]);
  });

  it("filters by capability, industry, region and verification, and counts the matches", async () => {
    const a = await searchableVendor({
      name: "甲",
      capabilities: ["llm"],
      industries: ["power-grid"],
      region: "广东",
      verificationStatus: "VERIFIED",
    });
    await searchableVendor({
      name: "乙",
      capabilities: ["llm"],
      industries: ["power-grid"],
      region: "广东",
    });
    await searchableVendor({ name: "丙", capabilities: ["speech"], industries: ["power-grid"] });
    await searchableVendor({ name: "丁", capabilities: ["llm"], industries: ["telecom"] });

    const page = await search({ capability: "llm", industry: "power-grid" });
    expect(namesOf(page).sort()).toEqual(["乙", "甲"]);
    expect(await countVendors(visitor, { capability: "llm", industry: "power-grid" })).toEqual({
      value: 2,
      exact: true,
    });
    expect(namesOf(await search({ capability: "llm", region: "广东", verified: "1" }))).toEqual([
      a.name,
    ]);
    expect(namesOf(await search({ capability: "speech,llm", industry: "telecom" }))).toEqual([
      "丁",
    ]);
  });

  it("lists verified vendors first without a search, and pages without repeats", async () => {
    for (const name of ["c", "a", "e", "b", "d"]) await searchableVendor({ name });
    await searchableVendor({ name: "z", verificationStatus: "VERIFIED" });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search({ limit: "2", cursor });
      seen.push(...namesOf(page));
      cursor = page.nextCursor ?? undefined;
      await searchableVendor({ name: `new-${seen.length}` });
    } while (cursor);
    expect(seen.slice(0, 6)).toEqual(["z", "a", "b", "c", "d", "e"]);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("one-character searches of the directory", () => {
  it("list the vendors that contain the character verified first, then by name", async () => {
    // "电" is the character as a whole name, which a relevance order would put first.
    await searchableVendor({ name: "电" });
    await searchableVendor({ name: "A电科技" });
    await searchableVendor({ name: "Z电气", verificationStatus: "VERIFIED" });
    await searchableVendor({ name: "B数据" });
    const page = await search({ q: "电" });
    expect(page.sort).toBe("verified");
    expect(namesOf(page)).toEqual(["Z电气", "A电科技", "电"]);
  });
});

describe("keeping the directory's index up to date", () => {
  it("finds a vendor by its profile and case studies as its owner edits them", async () => {
    const { org, roles } = await createCast("VENDOR");
    await updateOrganizationProfile(roles.owner, {
      orgId: org.id,
      name: "深井智控",
      industries: ["oil-gas"],
      capabilities: ["predictive-maintenance"],
      description: "抽油机井工况诊断。",
    });
    expect(namesOf(await search({ q: "抽油机" }))).toEqual(["深井智控"]);

    const caseInput = {
      orgId: org.id,
      title: "海上平台压缩机预测性维护",
      industry: "oil-gas",
      capabilities: ["predictive-maintenance"],
      year: 2024,
      summary: "振动监测与剩余寿命预测。",
    };
    const { id } = await addCaseStudy(roles.owner, caseInput);
    expect(namesOf(await search({ q: "压缩机" }))).toEqual(["深井智控"]);

    await updateCaseStudy(roles.owner, { ...caseInput, id, title: "海上平台泵组预测性维护" });
    expect(namesOf(await search({ q: "压缩机" }))).toEqual([]);
    expect(namesOf(await search({ q: "泵组" }))).toEqual(["深井智控"]);

    await removeCaseStudy(roles.owner, { orgId: org.id, id });
    expect(namesOf(await search({ q: "泵组" }))).toEqual([]);
  });
});
