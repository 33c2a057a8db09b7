import { describe, expect, it } from "vitest";
import { visitor, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { createRequirementDraft } from "@/lib/domain/requirements/authoring/create-requirement-draft";
import { updateRequirementDraft } from "@/lib/domain/requirements/authoring/update-requirement-draft";
import {
  searchRequirements,
  type RequirementSearchPage,
} from "@/lib/domain/requirements/search/search-requirements";
import type { UrlValue } from "@/lib/http/url-params";
import { LISTED_STATUSES, visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import { createCast, createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { inDays } from "@/tests/helpers/requirement-transitions";
import { searchableRequirement } from "@/tests/helpers/search";

setUpTestDatabase();

type SearchInput = Record<string, UrlValue>;

const search = (input: SearchInput, actor: Actor = visitor) =>
  searchRequirements(actor, { limit: "50", ...input });

const idsOf = (page: RequirementSearchPage) => page.items.map((item) => item.id).sort();
const sorted = (...rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe("filters", () => {
  it("combines filters: any of a filter's values, and every filter", async () => {
    const verified = await createOrganization({ verificationStatus: "VERIFIED" });
    const unverified = await createOrganization();
    const gridLlmGd = await searchableRequirement({
      orgId: verified.id,
      industry: "power-grid",
      capabilities: ["llm", "nlp"],
      region: "广东",
    });
    const gridCvBj = await searchableRequirement({
      orgId: verified.id,
      industry: "power-grid",
      capabilities: ["computer-vision"],
      region: "北京",
    });
    const oilLlmGd = await searchableRequirement({
      orgId: unverified.id,
      industry: "oil-gas",
      capabilities: ["llm"],
      region: "广东",
    });
    const gridLlmGdUnverified = await searchableRequirement({
      orgId: unverified.id,
      industry: "power-grid",
      capabilities: ["speech", "llm"],
      region: "广东",
    });

    expect(idsOf(await search({ industry: "power-grid" }))).toEqual(
      sorted(gridLlmGd, gridCvBj, gridLlmGdUnverified),
    );
    expect(idsOf(await search({ capability: ["computer-vision", "nlp"] }))).toEqual(
      sorted(gridLlmGd, gridCvBj),
    );
    expect(
      idsOf(await search({ industry: "power-grid", capability: "llm", region: "广东" })),
    ).toEqual(sorted(gridLlmGd, gridLlmGdUnverified));
    expect(
      idsOf(await search({ industry: "power-grid", capability: "llm", verified: "1" })),
    ).toEqual(sorted(gridLlmGd));
    expect(idsOf(await search({ region: "北京,广东", industry: "oil-gas" }))).toEqual(
      sorted(oilLlmGd),
    );
    expect(idsOf(await search({ q: "测试需求", industry: "power-grid", region: "北京" }))).toEqual(
      sorted(gridCvBj),
    );
  });

  it("follows an enterprise's verification as it is granted and withdrawn", async () => {
    const org = await createOrganization();
    const first = await searchableRequirement({ orgId: org.id });
    const verifiedOnly = async () => idsOf(await search({ verified: "1" }));
    expect(await verifiedOnly()).toEqual([]);

    await db.organization.update({
      where: { id: org.id },
      data: { verificationStatus: "VERIFIED", verifiedAt: new Date() },
    });
    const second = await searchableRequirement({ orgId: org.id });
    expect(await verifiedOnly()).toEqual(sorted(first, second));

    await db.organization.update({
      where: { id: org.id },
      data: { verificationStatus: "UNVERIFIED", verifiedAt: null },
    });
    expect(await verifiedOnly()).toEqual([]);
  });

  it("keeps requirements whose budget range overlaps the one asked for", async () => {
    const small = await searchableRequirement({ budgetMinCny: 100_000, budgetMaxCny: 500_000 });
    const large = await searchableRequirement({ budgetMinCny: 5_000_000, budgetMaxCny: 9_000_000 });
    const atLeast = await searchableRequirement({ budgetMinCny: 2_000_000, budgetMaxCny: null });
    const upTo = await searchableRequirement({ budgetMinCny: null, budgetMaxCny: 800_000 });
    await searchableRequirement({ budgetMinCny: null, budgetMaxCny: null });

    expect(idsOf(await search({ budgetMin: "1000000" }))).toEqual(sorted(large, atLeast));
    expect(idsOf(await search({ budgetMax: "1000000" }))).toEqual(sorted(small, upTo));
    expect(idsOf(await search({ budgetMin: "400000", budgetMax: "3000000" }))).toEqual(
      sorted(small, atLeast, upTo),
    );
    expect(idsOf(await search({ budgetMin: "9000000", budgetMax: "9000000" }))).toEqual(
      sorted(large, atLeast),
    );
  });

  it("keeps deadlines within the days asked for, as days in Shanghai", async () => {
    // 2027-03-31T16:00Z is 2027-04-01 00:00 in Shanghai.
    const lateMarch = await searchableRequirement({ deadline: new Date("2027-03-31T15:59:00Z") });
    const firstApril = await searchableRequirement({ deadline: new Date("2027-03-31T16:00:00Z") });
    const endOfApril = await searchableRequirement({ deadline: new Date("2027-04-30T15:59:00Z") });
    await searchableRequirement({ deadline: new Date("2027-04-30T16:00:00Z") });
    await searchableRequirement({ deadline: null });

    expect(idsOf(await search({ deadlineFrom: "2027-04-01", deadlineTo: "2027-04-30" }))).toEqual(
      sorted(firstApril, endOfApril),
    );
    expect(idsOf(await search({ deadlineTo: "2027-03-31" }))).toEqual(sorted(lateMarch));
  });

  it("tells open, under evaluation and awarded apart as readers see them", async () => {
    const open = await searchableRequirement({ status: "PUBLISHED", deadline: inDays(3) });
    const noDeadline = await searchableRequirement({ status: "PUBLISHED", deadline: null });
    const pastDeadline = await searchableRequirement({ status: "PUBLISHED", deadline: inDays(-1) });
    const evaluating = await searchableRequirement({ status: "EVALUATING", deadline: inDays(-3) });
    const awarded = await searchableRequirement({ status: "AWARDED" });
    const contracted = await searchableRequirement({ status: "CONTRACTED" });
    const completed = await searchableRequirement({ status: "COMPLETED" });
    const unsuccessful = await searchableRequirement({ status: "UNSUCCESSFUL" });
    for (const status of ["DRAFT", "PENDING_REVIEW", "REJECTED", "REMOVED", "CANCELLED"] as const) {
      await searchableRequirement({ status });
    }

    expect(idsOf(await search({}))).toEqual(sorted(open, noDeadline));
    const underEvaluation = await search({ state: "evaluating" });
    expect(idsOf(underEvaluation)).toEqual(sorted(pastDeadline, evaluating));
    expect(underEvaluation.items.every((item) => item.status === "EVALUATING")).toBe(true);
    expect(idsOf(await search({ state: "awarded" }))).toEqual(
      sorted(awarded, contracted, completed),
    );
    expect(idsOf(await search({ state: "all" }))).toEqual(
      sorted(
        open,
        noDeadline,
        pastDeadline,
        evaluating,
        awarded,
        contracted,
        completed,
        unsuccessful,
      ),
    );
  });

  it("refuses tag filters that are no tag of their kind, the database's own tags too", async () => {
    const refused = (input: SearchInput) =>
      search(input).then(
        () => null,
        (error: DomainError) => error.fieldErrors,
      );
    // An industry's slug is no capability, and a slug nobody defined is nothing.
    expect(await refused({ capability: "power-grid", industry: "no-such-industry" })).toEqual({
      capability: ["unknownTag"],
      industry: ["unknownTag"],
    });
    expect(await refused({ capability: "custom-capability" })).toEqual({
      capability: ["unknownTag"],
    });
    await db.tag.create({
      data: { slug: "custom-capability", kind: "CAPABILITY", labelZh: "自定义", labelEn: "Custom" },
    });
    expect(
      await refused({ capability: ["custom-capability", "llm"], industry: "power-grid" }),
    ).toBe(null);
  });

  it("refuses a malformed cursor as a validation error on the cursor", async () => {
    const error = await search({ cursor: "not-a-cursor" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fieldErrors).toEqual({ cursor: ["invalid"] });
  });

  it("refuses a cursor made for another order", async () => {
    for (let i = 0; i < 3; i++) await searchableRequirement({});
    const { nextCursor } = await search({ limit: "1", sort: "newest" });
    await expect(search({ limit: "1", sort: "budget", cursor: nextCursor! })).rejects.toThrow(
      DomainError,
    );
  });
});

describe("visibility", () => {
  it("shows each reader exactly the listed requirements visibleRequirementsWhere allows", async () => {
    const enterprise = await createCast("ENTERPRISE");
    const invitedVendor = await createCast("VENDOR");
    const otherEnterprise = await createOrganization();
    for (const orgId of [enterprise.org.id, otherEnterprise.id]) {
      for (const status of ["PUBLISHED", "EVALUATING", "AWARDED", "DRAFT", "REMOVED"] as const) {
        for (const visibility of ["PUBLIC", "INVITED"] as const) {
          const r = await searchableRequirement({ orgId, status, visibility });
          if (visibility === "INVITED" && orgId === otherEnterprise.id) {
            await db.bidInvitation.create({
              data: { requirementId: r.id, vendorOrgId: invitedVendor.org.id },
            });
          }
        }
      }
    }
    const noOrg = await createUser();
    const readers: Actor[] = [
      visitor,
      enterprise.roles.member,
      invitedVendor.roles.member,
      invitedVendor.roles.otherOwner,
      enterprise.roles.admin,
      noOrg.actor,
      { kind: "system", name: "cli" },
    ];
    for (const actor of readers) {
      const expected = await db.requirement.findMany({
        where: { AND: [visibleRequirementsWhere(actor), { status: { in: LISTED_STATUSES } }] },
        select: { id: true },
      });
      expect(idsOf(await search({ state: "all" }, actor))).toEqual(sorted(...expected));
    }
  });
});

describe("pages", () => {
  /** Every page of a search, fetched one by one, with `between` run after each page. */
  async function allPages(input: SearchInput, between: () => Promise<void>) {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search({ ...input, limit: "3", cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      await between();
    } while (cursor);
    return seen;
  }

  it.each([
    { sort: "relevance", q: "电网巡检" },
    { sort: "newest" },
    { sort: "deadline" },
    { sort: "budget" },
    { sort: "newest", q: "电网巡检" },
  ])(
    "never repeat or skip a row while rows are added and published in between ($sort)",
    async (input) => {
      const org = await createOrganization();
      const sameInstant = new Date(Date.UTC(2026, 10, 1));
      const shared = {
        orgId: org.id,
        title: "电网巡检",
        publishedAt: sameInstant,
        deadline: new Date(Date.UTC(2027, 2, 1)),
        budgetMinCny: 1_000_000,
        budgetMaxCny: 2_000_000,
      };
      const original: string[] = [];
      // Ties on every key but the id, and rows on either side of them.
      for (let i = 0; i < 5; i++) original.push((await searchableRequirement(shared)).id);
      for (const days of [-10, 10]) {
        const row = await searchableRequirement({
          ...shared,
          title: days < 0 ? "电网巡检 电网巡检" : "电网巡检",
          publishedAt: new Date(sameInstant.getTime() + days * 86_400_000),
          deadline: new Date(shared.deadline.getTime() + days * 86_400_000),
          budgetMaxCny: 2_000_000 + days * 100_000,
        });
        original.push(row.id);
      }
      const drafts: { id: string }[] = [];
      for (let i = 0; i < 4; i++)
        drafts.push(await searchableRequirement({ ...shared, status: "DRAFT" }));

      let step = 0;
      const seen = await allPages(input, async () => {
        step++;
        await searchableRequirement({ ...shared, publishedAt: new Date() });
        await searchableRequirement({ ...shared, budgetMaxCny: 1_500_000 + step });
        const draft = drafts[step - 1];
        if (draft) {
          await db.requirement.update({
            where: { id: draft.id },
            data: { status: "PUBLISHED", publishedAt: new Date() },
          });
        }
      });

      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(original));
    },
  );
});

describe("keeping the index up to date", () => {
  it("finds a requirement by the words its author last saved", async () => {
    const cast = await createCast("ENTERPRISE");
    const fields = {
      title: "抽水蓄能电站机组状态评估",
      summary: "基于振动数据的机组健康评估",
      industry: "power-generation",
      capabilities: ["anomaly-detection"],
      visibility: "PUBLIC" as const,
      deadline: "2027-04-01T00:00",
      criteria: [{ name: "技术方案", weight: 100 }],
    };
    const { id, version } = await createRequirementDraft(cast.roles.owner, fields);
    await updateRequirementDraft(cast.roles.owner, {
      ...fields,
      title: "抽水蓄能电站机组故障诊断",
      requirementId: id,
      version,
    });
    await db.requirement.update({
      where: { id },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });

    expect(idsOf(await search({ q: "故障诊断" }))).toEqual([id]);
    expect(idsOf(await search({ q: "状态评估" }))).toEqual([]);
    expect(idsOf(await search({ q: "振动" }))).toEqual([id]);
    expect(idsOf(await search({ q: "anomaly detection" }))).toEqual([id]);
  });
});
