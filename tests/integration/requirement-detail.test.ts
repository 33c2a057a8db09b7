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
