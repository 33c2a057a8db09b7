import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordContractSigning } from "@/lib/domain/contracts/record-contract-signing";
import { recordCompletion } from "@/lib/domain/contracts/record-completion";
import { matchVendors } from "@/lib/domain/matching/match-vendors";
import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import { updateOrganizationProfile } from "@/lib/domain/organizations/update-organization-profile";
import { createUser } from "@/tests/helpers/actors";
import { completionInput, createAwardedCast, signingInput } from "@/tests/helpers/contracts";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { vendorWithCases } from "@/tests/helpers/matching";
import { searchableRequirement } from "@/tests/helpers/search";
import { setUpStorage } from "@/tests/helpers/storage";

// Issue 13: a changed profile, case study (tests/integration/matching.test.ts), rating or
// requirement is reflected within a minute; with the change stamp it is at the next request.

setUpTestDatabase();
setUpStorage();

async function requirementOf(overrides: Parameters<typeof searchableRequirement>[0] = {}) {
  const enterprise = await createOrganization({ name: "某政务中心" });
  const { actor } = await createUser({ orgId: enterprise.id, role: "OWNER" });
  const requirement = await searchableRequirement({
    orgId: enterprise.id,
    title: "政务热线智能问答",
    summary: "基于大模型的政务咨询问答",
    industry: "government",
    capabilities: ["llm"],
    ...overrides,
  });
  return { requirement, actor };
}

const names = (result: { items: { vendor: { name: string } }[] }) =>
  result.items.map((item) => item.vendor.name);

it("ranks a 信创 vendor first where the requirement asks for 信创, and reads a changed profile at the next request", async () => {
  const { requirement, actor } = await requirementOf({ domesticStackRequired: true });
  const govCase = {
    industry: "government",
    capabilities: ["llm"],
    title: "政务问答",
    summary: "政务咨询",
  };
  const late = await vendorWithCases({ name: "后声明信创", capabilities: ["llm"] }, [govCase]);
  await vendorWithCases({ name: "已支持信创", capabilities: ["llm"], domesticStack: true }, [
    govCase,
  ]);
  const before = await matchVendors(actor, { requirementId: requirement.id });
  expect(names(before)).toEqual(["已支持信创", "后声明信创"]);
  expect(before.items[0]!.reasons).toContain("满足信创要求（国产化技术栈）");
  expect(before.items[1]!.reasons.at(-1)).toBe("未声明支持信创，本需求要求信创（国产化技术栈）");

  const { actor: owner } = await createUser({ orgId: late.id, role: "OWNER" });
  await updateOrganizationProfile(owner, {
    orgId: late.id,
    name: "后声明信创",
    capabilities: ["llm"],
    industries: [],
    domesticStack: true,
  });
  const after = await matchVendors(actor, { requirementId: requirement.id });
  expect(after.items.every((item) => item.reasons.includes("满足信创要求（国产化技术栈）"))).toBe(
    true,
  );
});

it("reads a new rating at the next request", async () => {
  const { actors, requirement: past, vendor } = await createAwardedCast();
  await db.organization.update({ where: { id: vendor.org.id }, data: { capabilities: ["llm"] } });
  const { requirement, actor } = await requirementOf();
  await recordContractSigning(actors.enterpriseOwner, signingInput(past.id));
  const reasonsOf = async () =>
    (await matchVendors(actor, { requirementId: requirement.id })).items.find(
      (item) => item.vendor.id === vendor.org.id,
    )!.reasons;
  expect(await reasonsOf()).toContain("平台中标 1 次，完成合同 0 个");
  await recordCompletion(actors.enterpriseOwner, completionInput(past.id));
  expect(await reasonsOf()).toContain("平台中标 1 次，完成合同 1 个，平均评分 4 分（满分 5 分）");
});

it("reads a changed requirement at the next request", async () => {
  const vendor = await vendorWithCases({ name: "大模型厂", capabilities: ["llm"] });
  const { actor } = await createUser({ orgId: vendor.id, role: "OWNER" });
  const { requirement } = await requirementOf({ capabilities: ["computer-vision"] });
  const coverage = async () =>
    (await recommendRequirements(actor, { vendorId: vendor.id })).items
      .find((item) => item.requirement.id === requirement.id)
      ?.reasons.find((reason) => reason.startsWith("覆盖所需能力"));
  expect(await coverage()).toBeUndefined();
  await db.requirement.update({ where: { id: requirement.id }, data: { capabilities: ["llm"] } });
  expect(await coverage()).toMatch(/^覆盖所需能力 1\/1/);
});

it("reads the vendor's changed capabilities and description in its feed at the next request", async () => {
  const vendor = await vendorWithCases({ name: "视觉厂", capabilities: ["computer-vision"] });
  const { actor: owner } = await createUser({ orgId: vendor.id, role: "OWNER" });
  const { requirement } = await requirementOf();
  const reasons = async () =>
    (await recommendRequirements(owner, { vendorId: vendor.id })).items.find(
      (item) => item.requirement.id === requirement.id,
    )?.reasons ?? [];
  const profile = { orgId: vendor.id, name: "视觉厂", industries: [] };
  expect(await reasons()).not.toContainEqual(expect.stringMatching(/^覆盖所需能力/));

  await updateOrganizationProfile(owner, { ...profile, capabilities: ["llm"] });
  expect(await reasons()).toContainEqual(expect.stringMatching(/^覆盖所需能力 1\/1/));
  expect(await reasons()).not.toContainEqual(expect.stringMatching(/^内容相关/));

  await updateOrganizationProfile(owner, {
    ...profile,
    capabilities: ["llm"],
    description: "政务咨询问答",
  });
  expect(await reasons()).toContainEqual(expect.stringMatching(/^内容相关：.*政务/));
});
