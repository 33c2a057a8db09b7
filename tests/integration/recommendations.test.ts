import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { dismissRecommendation } from "@/lib/domain/matching/dismiss-recommendation";
import { findSimilarRequirements } from "@/lib/domain/matching/find-similar-requirements";
import { findSimilarToDraft } from "@/lib/domain/matching/find-similar-to-draft";
import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import { restoreRecommendation } from "@/lib/domain/matching/restore-recommendation";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { refreshRequirementSearch } from "@/lib/domain/requirements/search/refresh-requirement-search";
import { createUser } from "@/tests/helpers/actors";
import { createAwardedCast } from "@/tests/helpers/contracts";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { sumOfContributions, vendorWithCases } from "@/tests/helpers/matching";
import { searchableRequirement } from "@/tests/helpers/search";

setUpTestDatabase();

async function meteringVendor() {
  const vendor = await vendorWithCases(
    {
      name: "计量数据专家",
      region: "广东",
      capabilities: ["anomaly-detection", "data-governance"],
    },
    [
      {
        industry: "power-grid",
        capabilities: ["anomaly-detection"],
        title: "电能表故障预警",
        summary: "计量异常检测",
      },
    ],
  );
  const { actor } = await createUser({ orgId: vendor.id });
  return { vendor, actor };
}

const meterRequirement = (
  title: string,
  overrides: Parameters<typeof searchableRequirement>[0] = {},
) =>
  searchableRequirement({
    title,
    summary: "电能表计量数据异常检测",
    industry: "power-grid",
    capabilities: ["anomaly-detection"],
    region: "广东",
    ...overrides,
  });

const titles = (feed: { items: { requirement: { title: string } }[] }) =>
  feed.items.map((item) => item.requirement.title);

describe("为您推荐 (recommendRequirements)", () => {
  it("ranks open requirements the vendor may see by fit, with reasons that sum to the score", async () => {
    const { vendor, actor } = await meteringVendor();
    await meterRequirement("计量异常检测");
    await searchableRequirement({
      title: "银行智能客服",
      industry: "finance",
      capabilities: ["intelligent-customer-service"],
    });
    await meterRequirement("已截止的计量需求", { deadline: new Date(Date.now() - 60_000) });
    await meterRequirement("草稿中的计量需求", { status: "DRAFT" });
    await meterRequirement("仅邀请的计量需求", { visibility: "INVITED" });
    const feed = await recommendRequirements(actor, { vendorId: vendor.id });
    expect(titles(feed)[0]).toBe("计量异常检测");
    expect(titles(feed)).not.toEqual(expect.arrayContaining(["已截止的计量需求"]));
    expect(titles(feed).some((t) => t.includes("草稿") || t.includes("邀请"))).toBe(false);
    const [top] = feed.items;
    expect(top!.reasons[0]).toBe("覆盖所需能力 1/1：异常检测与故障预警");
    expect(top!.reasons).toEqual(expect.arrayContaining(["电网行业案例 1 个", "同区域（广东）"]));
    expect(sumOfContributions(top!)).toBe(top!.score);
  });

  it("hides a dismissed requirement, lowers similar ones, and restores it", async () => {
    const { vendor, actor } = await meteringVendor();
    const dismissed = await meterRequirement("台区电能表异常检测");
    await meterRequirement("台区电能表故障预警");
    await searchableRequirement({
      title: "营销数据治理",
      industry: "power-grid",
      capabilities: ["data-governance"],
    });
    const before = await recommendRequirements(actor, { vendorId: vendor.id });
    const scoreOf = (feed: typeof before, title: string) =>
      feed.items.find((item) => item.requirement.title === title)?.score;

    await dismissRecommendation(actor, { requirementId: dismissed.id });
    const after = await recommendRequirements(actor, { vendorId: vendor.id });
    expect(titles(after)).not.toContain("台区电能表异常检测");
    expect(scoreOf(after, "台区电能表故障预警")).toBeLessThan(
      scoreOf(before, "台区电能表故障预警")!,
    );
    const similar = after.items.find((item) => item.requirement.title === "台区电能表故障预警")!;
    expect(similar.reasons.at(-1)).toBe("与您标记不感兴趣的需求相似");
    expect(sumOfContributions(similar)).toBe(similar.score);

    await restoreRecommendation(actor, { requirementId: dismissed.id });
    expect(await recommendRequirements(actor, { vendorId: vendor.id })).toEqual(before);
  });

  it("reflects a newly published and a closed requirement at the next request", async () => {
    const { vendor, actor } = await meteringVendor();
    const first = await meterRequirement("先发布的计量需求");
    expect(titles(await recommendRequirements(actor, { vendorId: vendor.id }))).toEqual([
      "先发布的计量需求",
    ]);
    await meterRequirement("新发布的计量需求");
    await db.requirement.update({ where: { id: first.id }, data: { status: "EVALUATING" } });
    expect(titles(await recommendRequirements(actor, { vendorId: vendor.id }))).toEqual([
      "新发布的计量需求",
    ]);
  });

  it("leaves a requirement out once its deadline passes, though nothing was written", async () => {
    const { vendor, actor } = await meteringVendor();
    await meterRequirement("长期有效的计量需求");
    const deadline = new Date((await databaseNow()).getTime() + 1500);
    await meterRequirement("即将截止的计量需求", { deadline });
    const feed = () => recommendRequirements(actor, { vendorId: vendor.id }).then(titles);
    expect(await feed()).toContain("即将截止的计量需求");
    while ((await databaseNow()).getTime() <= deadline.getTime()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await feed()).toEqual(["长期有效的计量需求"]);
  });

  it("shows an INVITED requirement to the vendor it invited", async () => {
    const { vendor, actor } = await meteringVendor();
    const invited = await meterRequirement("邀请您的计量需求", { visibility: "INVITED" });
    const feed = () => recommendRequirements(actor, { vendorId: vendor.id }).then(titles);
    expect(await feed()).not.toContain("邀请您的计量需求");
    // An invitation writes no requirement: the next request shows it all the same.
    await db.bidInvitation.create({ data: { requirementId: invited.id, vendorOrgId: vendor.id } });
    expect(await feed()).toContain("邀请您的计量需求");
  });
});

describe("similar requirements", () => {
  it("shows other enterprises' similar requirements with their state, never the own enterprise's", async () => {
    const own = await createOrganization({ name: "本企业" });
    const other = await createOrganization({ name: "兄弟单位" });
    const { actor } = await createUser({ orgId: own.id, role: "OWNER" });
    const mine = await meterRequirement("电能表异常检测", { orgId: own.id });
    await meterRequirement("本企业的另一个电能表异常检测", { orgId: own.id });
    await meterRequirement("兄弟单位电能表异常检测", { orgId: other.id, status: "AWARDED" });
    await searchableRequirement({
      orgId: other.id,
      title: "医院导诊",
      industry: "healthcare",
      capabilities: ["speech"],
    });

    const similar = await findSimilarRequirements(actor, { requirementId: mine.id });
    expect(similar.map((s) => s.requirement.title)).toEqual(["兄弟单位电能表异常检测"]);
    expect(similar[0]).toMatchObject({ status: "AWARDED", organization: { name: "兄弟单位" } });
    expect(similar[0]!.reasons).toEqual(expect.arrayContaining(["同属电网行业"]));

    const whileDrafting = await findSimilarToDraft(actor, {
      text: "电能表 计量 异常检测",
      tags: ["anomaly-detection"],
      industry: "power-grid",
    });
    expect(whileDrafting.map((s) => s.requirement.title)).toEqual(["兄弟单位电能表异常检测"]);
  });

  it("reads a requirement's edited text, though the vendor feed's corpus holds its old copy", async () => {
    const own = await createOrganization({ name: "本企业" });
    const other = await createOrganization({ name: "兄弟单位" });
    const { actor } = await createUser({ orgId: own.id, role: "OWNER" });
    const mine = await meterRequirement("电能表异常检测", { orgId: own.id });
    const theirs = await meterRequirement("台区线损分析", { orgId: other.id, summary: "线损治理" });
    const textOf = async () => {
      const [found] = await findSimilarRequirements(actor, { requirementId: mine.id });
      expect(found!.requirement.id).toBe(theirs.id);
      return found!.contributions.find((c) => c.signal === "text");
    };
    // The feed builds the corpus of published requirements, with their words.
    const feed = await meteringVendor();
    await recommendRequirements(feed.actor, { vendorId: feed.vendor.id });
    expect(await textOf()).toBeUndefined();

    await db.requirement.update({
      where: { id: theirs.id },
      data: { title: "台区电能表异常检测", summary: "电能表计量数据异常检测" },
    });
    await refreshRequirementSearch(db, theirs.id);
    expect((await textOf())?.terms).toContain("电能");
  });

  it("follows a draft as it is written, with each requirement's state and winner", async () => {
    const drafter = await createOrganization({ name: "起草企业" });
    const { actor } = await createUser({ orgId: drafter.id, role: "OWNER" });
    await meterRequirement("兄弟单位电能表异常检测");
    await searchableRequirement({
      title: "医院智能导诊",
      summary: "语音导诊与分诊",
      industry: "healthcare",
      capabilities: ["speech"],
    });
    const { requirement: awarded, vendor } = await createAwardedCast();
    await db.requirement.update({
      where: { id: awarded.id },
      data: { title: "电网调度大模型问答", summary: "调度规程问答" },
    });
    await refreshRequirementSearch(db, awarded.id);
    const draft = (text: string, tags: string[], industry: string) =>
      findSimilarToDraft(actor, { text, tags, industry });

    const hospital = await draft("医院 导诊", ["speech"], "healthcare");
    expect(hospital[0]).toMatchObject({
      requirement: { title: "医院智能导诊" },
      status: "PUBLISHED",
    });
    expect(hospital[0]!.awardedTo).toBeNull();
    const grid = await draft("调度 大模型 问答", ["llm"], "power-grid");
    expect(grid[0]).toMatchObject({
      requirement: { title: "电网调度大模型问答" },
      status: "AWARDED",
      awardedTo: { id: vendor.org.id },
    });
  });

  it("keeps a visitor's ranking until a published requirement is written, showing each as it is now", async () => {
    const other = await createOrganization({ name: "兄弟单位" });
    const mine = await meterRequirement("电能表异常检测");
    const theirs = await meterRequirement("兄弟单位电能表异常检测", { orgId: other.id });
    const similar = () => findSimilarRequirements(visitor, { requirementId: mine.id });
    const theirsShown = async () => (await similar()).find((s) => s.requirement.id === theirs.id);
    const reasons = (await theirsShown())!.reasons;
    expect(reasons).toEqual(expect.arrayContaining(["同属电网行业"]));

    // A write that moves no stamp (no use case writes so): the kept ranking still holds.
    await db.$executeRaw`UPDATE "Requirement" SET capabilities = '{speech}' WHERE id = ${theirs.id}`;
    expect((await theirsShown())!.reasons).toEqual(reasons);
    // What it shows is read as it is now.
    await db.organization.update({ where: { id: other.id }, data: { name: "兄弟单位（更名）" } });
    await db.requirement.update({ where: { id: theirs.id }, data: { title: "改名的计量需求" } });
    expect(await theirsShown()).toMatchObject({
      requirement: { title: "改名的计量需求" },
      organization: { name: "兄弟单位（更名）" },
    });
    // That edit of a published requirement moved the stamp: ranked again, by what it holds now.
    expect((await theirsShown())!.reasons).not.toEqual(reasons);
  });

  it("drops a kept requirement once it leaves the market, and shows the next in its place", async () => {
    const mine = await meterRequirement("电能表异常检测");
    const awarded = await meterRequirement("兄弟单位电能表异常检测", { status: "AWARDED" });
    const closed = await meterRequirement("台区电能表计量异常", { status: "UNSUCCESSFUL" });
    const shown = async () =>
      (await findSimilarRequirements(visitor, { requirementId: mine.id, limit: 1 })).map(
        (s) => s.requirement.id,
      );
    const [first] = await shown();
    expect([awarded.id, closed.id]).toContain(first);

    // An admin removes it: a write to no published requirement, so the ranking is kept.
    await db.requirement.update({ where: { id: first }, data: { status: "REMOVED" } });
    expect(await shown()).toEqual([first === awarded.id ? closed.id : awarded.id]);
  });

  it("shows a vendor a requirement it was invited to among the similar ones at the next request", async () => {
    const vendor = await createOrganization({ kind: "VENDOR", name: "计量厂" });
    const { actor } = await createUser({ orgId: vendor.id });
    const page = await meterRequirement("电能表异常检测");
    const invitedOnly = await meterRequirement("邀请的电能表异常检测", { visibility: "INVITED" });
    const similar = async () =>
      (await findSimilarRequirements(actor, { requirementId: page.id })).map(
        (s) => s.requirement.id,
      );
    expect(await similar()).not.toContain(invitedOnly.id);
    // An invitation writes no requirement (no stamp moves), but changes what the vendor sees.
    await db.bidInvitation.create({
      data: { requirementId: invitedOnly.id, vendorOrgId: vendor.id },
    });
    expect(await similar()).toContain(invitedOnly.id);
  });
});
