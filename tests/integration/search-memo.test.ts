import { describe, expect, it } from "vitest";
import { visitor, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { countRequirements } from "@/lib/domain/requirements/search/count-requirements";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { countVendors } from "@/lib/domain/organizations/search/count-vendors";
import { refreshOrganizationSearch } from "@/lib/domain/organizations/search/refresh-organization-search";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createCaseStudy, createOrganization } from "@/tests/helpers/factories";
import { searchableRequirement, searchableVendor } from "@/tests/helpers/search";

setUpTestDatabase();

// The first page and the count of an open requirement search are kept per process while no
// published requirement is written and no deadline passes (open-search-memo.ts), those of the
// vendor directory while no vendor is (vendor-search-memo.ts). Each test asks the same search
// before and right after a change, with no waiting: the second answer must be the new one.

const SEARCH = { q: "巡检机器人" };
const titled = (title: string) => ({ title, summary: "变电站巡检机器人的视觉识别" });

async function found(actor: Actor = visitor, input: Record<string, string> = SEARCH) {
  const page = await searchRequirements(actor, input);
  const count = await countRequirements(actor, input);
  return { titles: page.items.map((item) => item.title).sort(), count: count.value };
}

async function market() {
  const enterprise = await createOrganization();
  await searchableRequirement({ orgId: enterprise.id, ...titled("巡检机器人一") });
  return { enterprise, admin: (await createUser({ isAdmin: true })).actor };
}

describe("an open search kept between requests", () => {
  it("finds a requirement published after the search was last asked", async () => {
    const { enterprise, admin } = await market();
    expect(await found()).toEqual({ titles: ["巡检机器人一"], count: 1 });
    expect((await found(admin)).count).toBe(1);
    await searchableRequirement({ orgId: enterprise.id, ...titled("巡检机器人二") });
    expect(await found()).toEqual({ titles: ["巡检机器人一", "巡检机器人二"], count: 2 });
    expect((await found(admin)).count).toBe(2);
  });

  it("drops a requirement from the page and the count when its deadline passes, with nothing written", async () => {
    const { enterprise } = await market();
    const deadline = new Date((await databaseNow()).getTime() + 1500);
    await searchableRequirement({ orgId: enterprise.id, ...titled("巡检机器人二"), deadline });
    expect((await found()).count).toBe(2);
    while ((await databaseNow()).getTime() <= deadline.getTime()) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await found()).toEqual({ titles: ["巡检机器人一"], count: 1 });
    // The list of every state still has it, now under evaluation.
    const all = await searchRequirements(visitor, { ...SEARCH, state: "all" });
    expect(all.items.map((item) => item.status).sort()).toEqual(["EVALUATING", "PUBLISHED"]);
  });

  it("shows a published requirement's edit on the next request", async () => {
    const { enterprise } = await market();
    const second = await searchableRequirement({
      orgId: enterprise.id,
      ...titled("巡检机器人二"),
    });
    expect((await found()).count).toBe(2);
    await db.requirement.update({ where: { id: second.id }, data: { status: "CANCELLED" } });
    expect(await found()).toEqual({ titles: ["巡检机器人一"], count: 1 });
  });

  it("never shows a requirement the reader may no longer see, even when its ids were kept", async () => {
    const { enterprise, admin } = await market();
    const second = await searchableRequirement({
      orgId: enterprise.id,
      ...titled("巡检机器人二"),
    });
    expect((await found()).titles).toHaveLength(2);
    // A write that leaves the published stamp as it was (no `updatedAt`): the kept ids still
    // name it, the rows read for the page must not.
    await db.$executeRaw`UPDATE "Requirement" SET visibility = 'INVITED' WHERE id = ${second.id}`;
    expect((await searchRequirements(visitor, SEARCH)).items.map((item) => item.title)).toEqual([
      "巡检机器人一",
    ]);
    expect((await found(admin)).titles).toHaveLength(2);
  });

  it("is not kept for a vendor, whose invitation is no requirement write", async () => {
    const { enterprise } = await market();
    const vendor = await createOrganization({ kind: "VENDOR" });
    const member = (await createUser({ orgId: vendor.id })).actor;
    const invited = await searchableRequirement({
      orgId: enterprise.id,
      ...titled("巡检机器人二"),
      visibility: "INVITED",
    });
    expect((await found(member)).count).toBe(1);
    await db.bidInvitation.create({
      data: { requirementId: invited.id, vendorOrgId: vendor.id, invitedById: null },
    });
    expect(await found(member)).toEqual({ titles: ["巡检机器人一", "巡检机器人二"], count: 2 });
  });
});

describe("a vendor directory search kept between requests", () => {
  const vendorsFound = async (input: Record<string, string>) => {
    const page = await searchVendors(visitor, input);
    const count = await countVendors(visitor, input);
    return { names: page.items.map((item) => item.name), count: count.value };
  };

  it("finds a vendor added, or newly described by a case study, after the search was asked", async () => {
    await searchableVendor({ name: "巡检甲公司", description: "巡检机器人" });
    expect(await vendorsFound({ q: "巡检机器人" })).toEqual({ names: ["巡检甲公司"], count: 1 });
    const second = await searchableVendor({ name: "乙公司", description: "视觉算法" });
    expect((await vendorsFound({ q: "巡检机器人" })).count).toBe(1);
    await createCaseStudy({ orgId: second.id, title: "变电站巡检机器人" });
    await refreshOrganizationSearch(db, second.id);
    expect(await vendorsFound({ q: "巡检机器人" })).toMatchObject({ count: 2 });
  });

  it("lists a vendor among the verified first on the request after its verification", async () => {
    await searchableVendor({ name: "Alpha AI", verificationStatus: "VERIFIED" });
    const later = await searchableVendor({ name: "Beta AI" });
    expect((await vendorsFound({ sort: "verified" })).names).toEqual(["Alpha AI", "Beta AI"]);
    await db.organization.update({
      where: { id: later.id },
      data: { verificationStatus: "VERIFIED", name: "Gamma AI" },
    });
    expect((await vendorsFound({ sort: "verified" })).names).toEqual(["Alpha AI", "Gamma AI"]);
    await db.organization.update({
      where: { id: later.id },
      data: { name: "Aardvark AI" },
    });
    expect((await vendorsFound({ sort: "verified" })).names).toEqual(["Aardvark AI", "Alpha AI"]);
  });
});
