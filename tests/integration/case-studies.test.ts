import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addCaseStudy } from "@/lib/domain/organizations/add-case-study";
import { addCertification } from "@/lib/domain/organizations/add-certification";
import { currentYear } from "@/lib/domain/organizations/case-study.schema";
import { getOrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { removeCaseStudy } from "@/lib/domain/organizations/remove-case-study";
import { removeCertification } from "@/lib/domain/organizations/remove-certification";
import { updateCaseStudy } from "@/lib/domain/organizations/update-case-study";
import { capabilityTags } from "@/lib/taxonomy";
import { groupCapabilities } from "@/components/organizations/capability-groups";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, type Role } from "@/tests/helpers/actors";
import { createCaseStudy, createCertification } from "@/tests/helpers/factories";
import { expectOutcome, OWNER_ONLY } from "@/tests/helpers/members";

setUpTestDatabase();

const caseInput = (orgId: string, overrides: Record<string, unknown> = {}) => ({
  orgId,
  title: "南方电网计量设备故障预警",
  industry: "power-grid",
  capabilities: ["multimodal-llm", "anomaly-detection"],
  year: 2024,
  summary: "基于多模态大模型的计量设备故障预警与运维提效。",
  clientName: "某省级电网公司",
  ...overrides,
});

/** A vendor cast whose organization already has one case study and one certification. */
async function vendorWithContent() {
  const cast = await createCast("VENDOR");
  const caseStudy = await createCaseStudy({ orgId: cast.org.id });
  const certification = await createCertification({ orgId: cast.org.id, name: "ISO 27001" });
  return { ...cast, caseStudy, certification };
}

type Cast = Awaited<ReturnType<typeof vendorWithContent>>;

const contentOf = async (orgId: string) =>
  JSON.stringify([
    await db.caseStudy.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    await db.certification.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
  ]);

describe("who may do what", () => {
  const useCases = {
    "add a case study": (c: Cast, role: Role) => addCaseStudy(c.roles[role], caseInput(c.org.id)),
    "edit a case study": (c: Cast, role: Role) =>
      updateCaseStudy(c.roles[role], { ...caseInput(c.org.id), id: c.caseStudy.id }),
    "remove a case study": (c: Cast, role: Role) =>
      removeCaseStudy(c.roles[role], { orgId: c.org.id, id: c.caseStudy.id }),
    "add a certification": (c: Cast, role: Role) =>
      addCertification(c.roles[role], { orgId: c.org.id, name: "CMMI 5" }),
    "remove a certification": (c: Cast, role: Role) =>
      removeCertification(c.roles[role], { orgId: c.org.id, id: c.certification.id }),
  };
  describe.each(Object.entries(useCases))("%s", (_name, run) => {
    it.each(ALL_ROLES)("as %s", async (role) => {
      const cast = await vendorWithContent();
      const before = await contentOf(cast.org.id);
      await expectOutcome(OWNER_ONLY, role, () => run(cast, role));
      const after = await contentOf(cast.org.id);
      if (role === "owner") expect(after).not.toBe(before);
      else expect(after).toBe(before);
    });

    it("is refused to an enterprise's owner", async () => {
      const enterprise = await createCast("ENTERPRISE");
      const vendor = await vendorWithContent();
      const cast = { ...vendor, org: enterprise.org, roles: enterprise.roles };
      await expect(run(cast, "owner")).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "vendorOnly",
      });
    });
  });

  it("does not let an owner reach another vendor's records through their own organization", async () => {
    const cast = await vendorWithContent();
    const stranger = cast.roles.otherOwner;
    const own = { orgId: cast.otherOrg.id };
    await expect(
      updateCaseStudy(stranger, { ...caseInput(own.orgId), id: cast.caseStudy.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      removeCaseStudy(stranger, { ...own, id: cast.caseStudy.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      removeCertification(stranger, { ...own, id: cast.certification.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.caseStudy.count()).toBe(1);
    expect(await db.certification.count()).toBe(1);
  });
});

describe("case studies", () => {
  it("are added, edited and removed, each change audited", async () => {
    const { org, roles } = await createCast("VENDOR");
    const { id } = await addCaseStudy(roles.owner, caseInput(org.id));
    let profile = await getOrganizationProfile(roles.owner, org.id);
    expect(profile.caseStudies).toEqual([
      expect.objectContaining({ id, title: "南方电网计量设备故障预警", year: 2024 }),
    ]);

    await updateCaseStudy(roles.owner, {
      ...caseInput(org.id, { title: "计量设备故障预警（二期）", clientName: "" }),
      id,
    });
    profile = await getOrganizationProfile(roles.owner, org.id);
    expect(profile.caseStudies[0]).toMatchObject({
      title: "计量设备故障预警（二期）",
      clientName: null,
    });

    await removeCaseStudy(roles.owner, { orgId: org.id, id });
    profile = await getOrganizationProfile(roles.owner, org.id);
    expect(profile.caseStudies).toEqual([]);

    const events = await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "case-study.add",
      "case-study.update",
      "case-study.remove",
    ]);
    expect(events[1]).toMatchObject({
      entityId: id,
      before: { title: "南方电网计量设备故障预警" },
      after: { title: "计量设备故障预警（二期）" },
    });
    expect(events[2]).toMatchObject({ before: { title: "计量设备故障预警（二期）" } });
  });

  it.each([
    ["a year before 1990", { year: 1989 }, "year"],
    ["a year in the future", { year: currentYear() + 1 }, "year"],
    ["an empty title", { title: "" }, "title"],
    ["an empty summary", { summary: " " }, "summary"],
  ])("refuses %s", async (_label, overrides, field) => {
    const { org, roles } = await createCast("VENDOR");
    await expect(addCaseStudy(roles.owner, caseInput(org.id, overrides))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect(await db.caseStudy.count()).toBe(0);
  });

  it("names the allowed years in the message", async () => {
    const { org, roles } = await createCast("VENDOR");
    await expect(
      addCaseStudy(roles.owner, caseInput(org.id, { year: 1989 })),
    ).rejects.toMatchObject({ fieldErrors: { year: [`yearRange?min=1990&max=${currentYear()}`] } });
  });

  it.each([
    ["an unknown industry", { industry: "space-mining" }, "industry"],
    ["a capability as the industry", { industry: "llm" }, "industry"],
    ["an unknown capability", { capabilities: ["llm", "telepathy"] }, "capabilities"],
  ])("refuses %s", async (_label, overrides, field) => {
    const { org, roles } = await createCast("VENDOR");
    await expect(addCaseStudy(roles.owner, caseInput(org.id, overrides))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { [field]: ["unknownTag"] },
    });
    expect(await db.caseStudy.count()).toBe(0);
  });
});

describe("certifications", () => {
  it("are added with issuer and validity, and removed", async () => {
    const { org, roles } = await createCast("VENDOR");
    const { id } = await addCertification(roles.owner, {
      orgId: org.id,
      name: "ISO/IEC 27001",
      issuer: "中国质量认证中心",
      validUntil: new Date("2027-06-30"),
    });
    const profile = await getOrganizationProfile(roles.visitor, org.id);
    expect(profile.certifications).toEqual([
      { id, name: "ISO/IEC 27001", issuer: "中国质量认证中心", validUntil: new Date("2027-06-30") },
    ]);
    await removeCertification(roles.owner, { orgId: org.id, id });
    expect(await db.certification.count()).toBe(0);
    const actions = (await db.auditEvent.findMany({ orderBy: { createdAt: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["certification.add", "certification.remove"]);
  });

  it("refuses a second certification with the same name, on the name field", async () => {
    const { org, roles } = await createCast("VENDOR");
    await addCertification(roles.owner, { orgId: org.id, name: "CMMI 5" });
    await expect(
      addCertification(roles.owner, { orgId: org.id, name: "CMMI 5" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: ["certificationTaken"] },
    });
    expect(await db.certification.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(1);
  });

  it("lets two vendors list the same certification", async () => {
    const cast = await createCast("VENDOR");
    await addCertification(cast.roles.owner, { orgId: cast.org.id, name: "CMMI 5" });
    await addCertification(cast.roles.otherOwner, { orgId: cast.otherOrg.id, name: "CMMI 5" });
    expect(await db.certification.count()).toBe(2);
  });
});

describe("the capability checkboxes", () => {
  it("put every capability of the taxonomy in exactly one named group", () => {
    const groups = groupCapabilities(capabilityTags);
    const slugs = groups.flatMap((group) => group.tags.map((tag) => tag.slug));
    expect(groups.map((group) => group.key)).not.toContain("other");
    expect(slugs.toSorted()).toEqual(capabilityTags.map((tag) => tag.slug).toSorted());
  });
});
