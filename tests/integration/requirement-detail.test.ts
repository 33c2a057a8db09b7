import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addRequirementAttachment } from "@/lib/domain/requirements/attachments/add-requirement-attachment";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { createCast, createUser } from "@/tests/helpers/actors";
import { pdfFile } from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { requirementIn } from "@/tests/helpers/requirement-transitions";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

/** A published requirement with one attachment, a vendor, and the enterprise cast. */
async function publishedWithAttachment() {
  const cast = await createCast("ENTERPRISE");
  const requirement = await requirementIn(cast.org.id, "DRAFT");
  const { attachmentId } = await addRequirementAttachment(cast.roles.owner, {
    requirementId: requirement.id,
    file: pdfFile("数据字典.pdf"),
  });
  await db.requirement.update({
    where: { id: requirement.id },
    data: { status: "PUBLISHED", publishedAt: new Date(), statusReason: "曾退回：请补充数据说明" },
  });
  const vendor = await createUser({ orgId: (await createOrganization({ kind: "VENDOR" })).id });
  return { ...cast, requirement, attachmentId, vendor };
}

describe("a requirement's attachments", () => {
  it("are not given to visitors", async () => {
    const { roles, requirement } = await publishedWithAttachment();
    const detail = await getRequirement(roles.visitor, requirement.id);
    expect(detail.attachments).toBeNull();
  });

  it("are listed for a signed-in vendor, with name, size and download link", async () => {
    const { vendor, requirement, attachmentId } = await publishedWithAttachment();
    const detail = await getRequirement(vendor.actor, requirement.id);
    expect(detail.attachments).toEqual([
      {
        id: attachmentId,
        originalName: "数据字典.pdf",
        contentType: "application/pdf",
        sizeBytes: expect.any(Number),
        href: `/files/attachments/${attachmentId}`,
      },
    ]);
  });
});

describe("the reason of the last decision", () => {
  it("is read by the owner organization and admins only", async () => {
    const { roles, vendor, requirement } = await publishedWithAttachment();
    const reasonFor = async (actor: Actor) =>
      (await getRequirement(actor, requirement.id)).statusReason;
    expect(await reasonFor(roles.member)).toBe("曾退回：请补充数据说明");
    expect(await reasonFor(roles.admin)).toBe("曾退回：请补充数据说明");
    expect(await reasonFor(vendor.actor)).toBeNull();
    expect(await reasonFor(roles.otherOwner)).toBeNull();
    expect(await reasonFor(roles.visitor)).toBeNull();
  });
});

describe("the contact person", () => {
  async function publishedWithContact() {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "PUBLISHED", {
      publishedAt: new Date(),
      contactName: "林晓",
      contactPhone: "138-0000-0000",
      contactEmail: "linxiao@example.com",
    });
    const vendor = await createUser({ orgId: (await createOrganization({ kind: "VENDOR" })).id });
    const unaffiliated = await createUser();
    return { ...cast, requirement, vendor, unaffiliated };
  }

  it("is given to signed-in vendors, the owner organization and admins only", async () => {
    const { roles, vendor, unaffiliated, requirement } = await publishedWithContact();
    const contactFor = async (actor: Actor) => {
      const { contact, contactWithheld } = await getRequirement(actor, requirement.id);
      return { contact, contactWithheld };
    };
    const given = {
      contact: { name: "林晓", phone: "138-0000-0000", email: "linxiao@example.com" },
      contactWithheld: false,
    };
    const withheld = { contact: null, contactWithheld: true };
    expect(await contactFor(vendor.actor)).toEqual(given);
    expect(await contactFor(roles.member)).toEqual(given);
    expect(await contactFor(roles.owner)).toEqual(given);
    expect(await contactFor(roles.admin)).toEqual(given);
    expect(await contactFor(roles.otherOwner)).toEqual(withheld);
    expect(await contactFor(unaffiliated.actor)).toEqual(withheld);
    expect(await contactFor(roles.visitor)).toEqual(withheld);
  });

  it("is neither given nor said to be withheld when the enterprise left it blank", async () => {
    const { roles, requirement } = await publishedWithContact();
    await db.requirement.update({
      where: { id: requirement.id },
      data: { contactName: null, contactPhone: null, contactEmail: null },
    });
    const detail = await getRequirement(roles.visitor, requirement.id);
    expect({ contact: detail.contact, withheld: detail.contactWithheld }).toEqual({
      contact: null,
      withheld: false,
    });
  });
});

describe("the award", () => {
  it("is null until an award exists, then names the winner and the contract's dates", async () => {
    const { org, roles } = await createCast("ENTERPRISE");
    const requirement = await requirementIn(org.id, "PUBLISHED", { publishedAt: new Date() });
    expect((await getRequirement(roles.visitor, requirement.id)).award).toBeNull();

    const vendor = await createOrganization({ kind: "VENDOR" });
    const proposal = await db.proposal.create({
      data: {
        requirementId: requirement.id,
        vendorOrgId: vendor.id,
        status: "AWARDED",
        currentVersion: 1,
      },
    });
    const decidedAt = new Date("2026-10-01T02:00:00Z");
    const award = await db.award.create({
      data: { requirementId: requirement.id, proposalId: proposal.id, decidedAt },
    });
    const signedAt = new Date("2026-10-20T02:00:00Z");
    await db.contract.create({
      data: { requirementId: requirement.id, awardId: award.id, amountCny: 1, signedAt },
    });
    await db.requirement.update({ where: { id: requirement.id }, data: { status: "CONTRACTED" } });
    expect((await getRequirement(roles.visitor, requirement.id)).award).toEqual({
      decidedAt,
      vendor: { id: vendor.id, name: vendor.name, nameEn: vendor.nameEn },
      signedAt,
      completedAt: null,
    });
  });
});
