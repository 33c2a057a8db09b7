import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import { getProposalAttachmentDownload } from "@/lib/domain/proposals/get-proposal-attachment-download";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createEvaluationScene } from "@/tests/helpers/evaluation";

setUpTestDatabase();

/** A file of `proposalId`, frozen in its version 1 unless `draftOnly`. */
async function attach(proposalId: string, name: string, draftOnly = false) {
  const file = await db.storedFile.create({
    data: {
      storageKey: `test/${proposalId}/${name}`,
      originalName: name,
      contentType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
    },
  });
  const attachment = await db.proposalAttachment.create({
    data: { proposalId, fileId: file.id, inDraft: draftOnly },
  });
  if (!draftOnly) {
    const version = await db.proposalVersion.findFirstOrThrow({ where: { proposalId } });
    await db.proposalVersionAttachment.create({
      data: { versionId: version.id, attachmentId: attachment.id, position: 0 },
    });
  }
  return attachment.id;
}

const download = (actor: Actor, attachmentId: string) =>
  getProposalAttachmentDownload(actor, { attachmentId });

describe("a proposal's attachments at bid opening", () => {
  it("are the enterprise's to download once opened, never a draft's or a withdrawn proposal's", async () => {
    const { requirement, proposals, users, actors } = await createEvaluationScene();
    const submitted = await attach(proposals.first.id, "报价.pdf");
    const draft = await attach(proposals.first.id, "草稿.pdf", true);
    const withdrawn = await attach(proposals.withdrawn.id, "撤回.pdf");
    const member = users.nonEvaluator.actor;

    await expect(download(member, submitted)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await openProposals(users.owner.actor, { requirementId: requirement.id });

    await expect(download(member, submitted)).resolves.toMatchObject({ originalName: "报价.pdf" });
    for (const refused of [draft, withdrawn]) {
      await expect(download(member, refused)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    for (const outsider of [actors.otherEnterprise, actors.otherVendor, actors.admin]) {
      await expect(download(outsider, submitted)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(download(actors.vendorBidder, draft)).resolves.toMatchObject({
      originalName: "草稿.pdf",
    });
  });
});
