import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCaseStudy } from "@/lib/domain/organizations/add-case-study";
import { matchVendors } from "@/lib/domain/matching/match-vendors";
import { suggestVendorTeams } from "@/lib/domain/matching/suggest-vendor-teams";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { sumOfContributions, vendorWithCases } from "@/tests/helpers/matching";
import { searchableRequirement } from "@/tests/helpers/search";

setUpTestDatabase();

async function gridRequirement(overrides: Parameters<typeof searchableRequirement>[0] = {}) {
  const enterprise = await createOrganization({ name: "南方电网", region: "广东" });
  const { actor } = await createUser({ orgId: enterprise.id, role: "OWNER" });
  const requirement = await searchableRequirement({
    orgId: enterprise.id,
    title: "电能量数据异常检测与故障预警",
    summary: "基于计量数据的异常检测，提前预警电能表故障",
    industry: "power-grid",
    capabilities: ["anomaly-detection", "data-governance"],
    region: "广东",
    ...overrides,
  });
  return { requirement, actor };
}

const names = (result: { items: { vendor: { name: string } }[] }) =>
  result.items.map((item) => item.vendor.name);

describe("推荐供应商 (matchVendors)", () => {
  it("ranks a vendor with a case in the requirement's industry above one that only claims it", async () => {
    const { requirement, actor } = await gridRequirement();
    const profile = {
      capabilities: ["anomaly-detection", "data-governance"],
      description: "异常检测",
    };
    await vendorWithCases({ ...profile, name: "只声明电网", industries: ["power-grid"] }, [
      { industry: "finance", capabilities: [], title: "银行报表", summary: "报表" },
    ]);
    await vendorWithCases({ ...profile, name: "有电网案例", industries: [] }, [
      { industry: "power-grid", capabilities: [], title: "省网计量", summary: "计量" },
    ]);
    const result = await matchVendors(actor, { requirementId: requirement.id });
    expect(names(result).slice(0, 2)).toEqual(["有电网案例", "只声明电网"]);
    expect(result.items[0]!.reasons).toContain("电网行业案例 1 个");
    expect(result.items[1]!.reasons).toContain("声明电网行业经验");
  });

  it("gives a vendor of the same region the region reason, in the reader's language", async () => {
    const { requirement, actor } = await gridRequirement();
    await vendorWithCases({
      name: "广东本地",
      region: "广东",
      capabilities: ["anomaly-detection"],
    });
    await vendorWithCases({
      name: "北京公司",
      region: "北京",
      capabilities: ["anomaly-detection"],
    });
    const zh = await matchVendors(actor, { requirementId: requirement.id });
    const local = zh.items.find((item) => item.vendor.name === "广东本地")!;
    const far = zh.items.find((item) => item.vendor.name === "北京公司")!;
    expect(local.reasons).toContain("同区域（广东）");
    expect(far.reasons.join()).not.toContain("同区域");
    expect(local.score).toBeGreaterThan(far.score);
    const en = await matchVendors(actor, { requirementId: requirement.id, locale: "en" });
    expect(en.items.find((i) => i.vendor.name === "广东本地")!.reasons).toContain(
      "Same region (广东)",
    );
    expect(en.items[0]!.reasons[0]).toMatch(/^Covers 1\/2 required capabilities: Anomaly/);
  });

  it("explains every score by reasons that sum to it, largest first", async () => {
    const { requirement, actor } = await gridRequirement();
    await vendorWithCases(
      {
        name: "国网计量专家",
        region: "广东",
        verificationStatus: "VERIFIED",
        capabilities: ["anomaly-detection", "data-governance"],
        description: "电能表故障预警与计量数据治理",
      },
      [
        {
          industry: "power-grid",
          capabilities: ["anomaly-detection"],
          title: "计量异常检测",
          summary: "电能表故障预警",
        },
      ],
    );
    const [item] = (await matchVendors(actor, { requirementId: requirement.id })).items;
    expect(item!.reasons[0]).toBe(
      "覆盖所需能力 2/2：异常检测与故障预警、数据治理与数据质量（1 项有案例）",
    );
    expect(item!.reasons).toEqual(
      expect.arrayContaining(["电网行业案例 1 个", "同区域（广东）", "已认证"]),
    );
    expect(item!.reasons.find((r) => r.startsWith("内容相关："))).toMatch(/故障|预警|异常/);
    expect(sumOfContributions(item!)).toBe(item!.score);
    const points = item!.contributions.map((c) => c.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });

  it("counts a capability shown in a case study above one only claimed", async () => {
    const { requirement, actor } = await gridRequirement({ capabilities: ["anomaly-detection"] });
    await vendorWithCases({ name: "只声明", capabilities: ["anomaly-detection"] });
    await vendorWithCases({ name: "案例展示", capabilities: [] }, [
      {
        industry: "finance",
        capabilities: ["anomaly-detection"],
        title: "交易监控",
        summary: "风控",
      },
    ]);
    expect(names(await matchVendors(actor, { requirementId: requirement.id }))[0]).toBe("案例展示");
  });

  it("reflects a new case study at the next request", async () => {
    const { requirement, actor } = await gridRequirement();
    const vendor = await vendorWithCases({ name: "后来居上", capabilities: [] });
    await vendorWithCases({ name: "先到者", capabilities: ["anomaly-detection"] });
    expect(names(await matchVendors(actor, { requirementId: requirement.id }))[0]).toBe("先到者");
    const { actor: vendorOwner } = await createUser({ orgId: vendor.id, role: "OWNER" });
    await addCaseStudy(vendorOwner, {
      orgId: vendor.id,
      title: "电能表故障预警",
      summary: "计量数据异常检测",
      industry: "power-grid",
      capabilities: ["anomaly-detection", "data-governance"],
      year: 2024,
    });
    expect(names(await matchVendors(actor, { requirementId: requirement.id }))[0]).toBe("后来居上");
  });

  it("finds a requirement by its import key, and refuses an unknown one", async () => {
    const { requirement, actor } = await gridRequirement({ key: "csg-meter" });
    await vendorWithCases({ name: "某厂商", capabilities: ["anomaly-detection"] });
    const result = await matchVendors(actor, { requirementKey: "csg-meter" });
    expect(result.requirement.id).toBe(requirement.id);
    await expect(matchVendors(actor, { requirementKey: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("联合体推荐 (suggestVendorTeams)", () => {
  it("suggests teams that together cover every capability when no vendor does alone", async () => {
    const { requirement, actor } = await gridRequirement({
      capabilities: ["multimodal-llm", "anomaly-detection", "data-governance"],
    });
    await vendorWithCases({ name: "大模型厂", capabilities: ["multimodal-llm"] });
    await vendorWithCases({
      name: "预警厂",
      capabilities: ["anomaly-detection", "data-governance"],
    });
    await vendorWithCases({ name: "治理厂", capabilities: ["data-governance"] });
    const teams = await suggestVendorTeams(actor, { requirementId: requirement.id });
    expect(teams.length).toBeGreaterThan(0);
    expect(teams.length).toBeLessThanOrEqual(3);
    for (const team of teams) {
      const brought = team.members.flatMap((m) => m.brings).sort();
      expect(brought).toEqual(["anomaly-detection", "data-governance", "multimodal-llm"]);
      expect(team.members.every((m) => m.brings.length > 0)).toBe(true);
    }
    expect([...teams[0]!.reasons].sort()).toEqual([
      "大模型厂：多模态大模型",
      "预警厂：异常检测与故障预警、数据治理与数据质量",
    ]);
  });

  it("suggests none when one vendor covers everything", async () => {
    const { requirement, actor } = await gridRequirement();
    await vendorWithCases({ name: "全能", capabilities: ["anomaly-detection", "data-governance"] });
    await vendorWithCases({ name: "半能", capabilities: ["anomaly-detection"] });
    expect(await suggestVendorTeams(actor, { requirementId: requirement.id })).toEqual([]);
  });
});

it("reads the track record of awards and completed contracts with their rating", async () => {
  // Rows as the award and contract use cases write them.
  const { requirement, actor } = await gridRequirement();
  const winner = await vendorWithCases({ name: "中标者", capabilities: ["anomaly-detection"] });
  await vendorWithCases({ name: "新人", capabilities: ["anomaly-detection"] });
  const past = await searchableRequirement({ status: "CONTRACTED" });
  const proposal = await db.proposal.create({
    data: {
      requirementId: past.id,
      vendorOrgId: winner.id,
      status: "AWARDED",
      currentVersion: 1,
      versions: { create: { version: 1, priceCny: 900_000, summary: "方案", approach: "## 路线" } },
    },
  });
  const award = await db.award.create({
    data: { requirementId: past.id, proposalId: proposal.id },
  });
  await db.contract.create({
    data: {
      requirementId: past.id,
      awardId: award.id,
      amountCny: 1,
      signedAt: new Date(),
      completedAt: new Date(),
      acceptanceNotes: "验收通过",
      rating: 5,
    },
  });
  const result = await matchVendors(actor, { requirementId: requirement.id });
  expect(names(result)[0]).toBe("中标者");
  expect(result.items[0]!.reasons).toContain(
    "平台中标 1 次，完成合同 1 个，平均评分 5 分（满分 5 分）",
  );
});
