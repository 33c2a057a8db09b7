import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { getOrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { DomainError } from "@/lib/domain/errors";
import { countVendors } from "@/lib/domain/organizations/search/count-vendors";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import {
  defaultVendorSort,
  vendorSearchUrlParams,
} from "@/lib/domain/organizations/search/search-vendors.schema";
import type { UrlValue } from "@/lib/http/url-params";
import { pagerHrefs } from "@/components/search/search-definition";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, type Role } from "@/tests/helpers/actors";
import { createCaseStudy, createOrganization } from "@/tests/helpers/factories";
import { expectOutcome, type Outcome } from "@/tests/helpers/members";

setUpTestDatabase();

const vendor = (overrides: Parameters<typeof createOrganization>[0] = {}) =>
  createOrganization({ kind: "VENDOR", industries: [], ...overrides });

const verified = { verificationStatus: "VERIFIED", verifiedAt: new Date() } as const;

/** The vendor directory's URLs, as its page writes them. */
const DIRECTORY = {
  path: "/vendors",
  toUrl: vendorSearchUrlParams,
  defaultSort: defaultVendorSort,
};

/** The query of a link on the directory page. */
const linkQuery = (href: string | null) => {
  const url = new URL(href ?? "", "http://zhipei.test");
  expect(url.pathname).toBe("/vendors");
  return url.searchParams;
};

const names = async (input: Record<string, UrlValue>) =>
  (await searchVendors(visitor, input)).items.map((item) => item.name).toSorted();

describe("who may browse the directory", () => {
  const everyone: Record<Role, Outcome> = {
    visitor: "allowed",
    member: "allowed",
    owner: "allowed",
    otherOwner: "allowed",
    admin: "allowed",
  };

  it.each(ALL_ROLES)("lists vendors and opens a vendor's profile as %s", async (role) => {
    const cast = await createCast("ENTERPRISE");
    const listed = await vendor({ name: "甲供应商" });
    await expectOutcome(
      everyone,
      role,
      async () => {
        const page = await searchVendors(cast.roles[role], {});
        expect(page.items.map((item) => item.id)).toEqual([listed.id]);
        expect((await getOrganizationProfile(cast.roles[role], listed.id)).kind).toBe("VENDOR");
      },
      { writes: false },
    );
  });
});

describe("the vendor directory", () => {
  it("lists vendors only, unverified ones too, the verified first and marked as such", async () => {
    await createOrganization({ kind: "ENTERPRISE", name: "某电网公司" });
    await vendor({ name: "乙未认证" });
    await vendor({ name: "甲已认证", ...verified });
    await vendor({ name: "丙审核中", verificationStatus: "PENDING" });
    const page = await searchVendors(visitor, {});
    expect(await countVendors(visitor, {})).toEqual({ value: 3, exact: true });
    expect(page.items.map((item) => item.name).toSorted()).toEqual(
      ["甲已认证", "乙未认证", "丙审核中"].toSorted(),
    );
    expect(page.items[0]).toMatchObject({ name: "甲已认证", verificationStatus: "VERIFIED" });
    const badged = page.items.filter((item) => item.verificationStatus === "VERIFIED");
    expect(badged.map((item) => item.name)).toEqual(["甲已认证"]);
  });

  it("filters by capability, industry, region and verification, all combined", async () => {
    await vendor({
      name: "全中",
      capabilities: ["llm", "ocr-document"],
      industries: ["power-grid"],
      region: "广东",
      ...verified,
    });
    await vendor({
      name: "未认证",
      capabilities: ["llm"],
      industries: ["power-grid"],
      region: "广东",
    });
    await vendor({
      name: "别的地区",
      capabilities: ["llm"],
      industries: ["power-grid"],
      region: "北京",
      ...verified,
    });
    await vendor({
      name: "别的行业",
      capabilities: ["llm"],
      industries: ["finance"],
      region: "广东",
      ...verified,
    });
    await vendor({
      name: "别的能力",
      capabilities: ["speech"],
      industries: ["power-grid"],
      region: "广东",
      ...verified,
    });

    expect(await names({ capability: "llm" })).toHaveLength(4);
    expect(await names({ capability: "llm", industry: "power-grid" })).toHaveLength(3);
    expect(await names({ capability: "llm", industry: "power-grid", region: "广东" })).toEqual(
      ["全中", "未认证"].toSorted(),
    );
    expect(
      await names({ capability: "llm", industry: "power-grid", region: "广东", verified: "1" }),
    ).toEqual(["全中"]);
    expect(await names({ verified: "1" })).toHaveLength(4);
  });

  it("ignores blank parameters and matches any of a repeated one, as a GET form sends them", async () => {
    await vendor({ name: "甲", capabilities: ["llm"] });
    await vendor({ name: "乙", capabilities: ["speech"] });
    await vendor({ name: "丙", capabilities: ["ocr-document"] });
    const blank = { q: "", capability: "", industry: "", region: "", verified: "", cursor: "" };
    expect(await names(blank)).toHaveLength(3);
    expect(await names({ capability: ["llm", "speech"] })).toEqual(["甲", "乙"].toSorted());
  });

  it("pages 24 at a time, each vendor once", async () => {
    for (let i = 0; i < 26; i++) await vendor({ name: `供应商${String(i).padStart(2, "0")}` });
    const first = await searchVendors(visitor, {});
    expect(first.items).toHaveLength(24);
    const second = await searchVendors(visitor, { cursor: first.nextCursor ?? undefined });
    expect(second.nextCursor).toBeNull();
    const ids = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(ids.size).toBe(26);
  });

  it("refuses a malformed cursor as a validation error on the cursor", async () => {
    const error = await searchVendors(visitor, { cursor: "abc" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { cursor: ["invalid"] } });
  });

  it("counts each vendor's case studies", async () => {
    const withCases = await vendor({ name: "有案例" });
    await createCaseStudy({ orgId: withCases.id });
    await createCaseStudy({ orgId: withCases.id });
    await vendor({ name: "无案例" });
    const page = await searchVendors(visitor, {});
    const counts = Object.fromEntries(page.items.map((i) => [i.name, i.caseStudyCount]));
    expect(counts).toEqual({ 有案例: 2, 无案例: 0 });
  });

  it("keeps the filters in the pager's links, which lead on to the rest of the matches", async () => {
    for (const name of ["甲", "乙", "丙"])
      await vendor({ name, capabilities: ["llm"], region: "广东", ...verified });
    await vendor({ name: "别的能力", capabilities: ["speech"], region: "广东", ...verified });
    await vendor({ name: "未认证", capabilities: ["llm"], region: "广东" });
    const filters = { capability: "llm", region: "广东", verified: "1", limit: "2" };

    const first = await searchVendors(visitor, new URLSearchParams(filters));
    const firstLinks = pagerHrefs(DIRECTORY, first.params, first.nextCursor);
    expect(firstLinks.firstHref).toBeNull();
    const next = linkQuery(firstLinks.nextHref);
    expect(next.get("cursor")).toBe(first.nextCursor);
    next.delete("cursor");
    expect(Object.fromEntries(next)).toEqual(filters);

    const second = await searchVendors(visitor, linkQuery(firstLinks.nextHref));
    expect([...first.items, ...second.items].map((item) => item.name).toSorted()).toEqual(
      ["甲", "乙", "丙"].toSorted(),
    );
    const secondLinks = pagerHrefs(DIRECTORY, second.params, second.nextCursor);
    expect(secondLinks.nextHref).toBeNull();
    expect(Object.fromEntries(linkQuery(secondLinks.firstHref))).toEqual(filters);
  });

  it("links to the first page of an unfiltered directory as /vendors", async () => {
    const { params } = await searchVendors(visitor, new URLSearchParams());
    expect(pagerHrefs(DIRECTORY, { ...params, cursor: "later" }, null)).toEqual({
      firstHref: "/vendors",
      nextHref: null,
    });
  });
});

describe("a vendor's public profile", () => {
  it("shows the public fields, cases and certifications to a visitor, without the credit code", async () => {
    const org = await vendor({
      name: "智算科技",
      creditCode: "91350100M000100Y43",
      capabilities: ["llm"],
      description: "电力大模型",
      ...verified,
    });
    await createCaseStudy({ orgId: org.id, title: "故障预警" });
    const profile = await getOrganizationProfile(visitor, org.id);
    expect(profile).toMatchObject({
      kind: "VENDOR",
      name: "智算科技",
      verificationStatus: "VERIFIED",
      capabilities: ["llm"],
      insider: null,
      canEdit: false,
    });
    expect(profile.caseStudies.map((c) => c.title)).toEqual(["故障预警"]);
    expect(JSON.stringify(profile)).not.toContain("91350100M000100Y43");
  });

  it("tells an enterprise apart, so that the vendor page can answer 404", async () => {
    const enterprise = await createOrganization({ kind: "ENTERPRISE" });
    expect((await getOrganizationProfile(visitor, enterprise.id)).kind).toBe("ENTERPRISE");
    await expect(getOrganizationProfile(visitor, "no-such-id")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
