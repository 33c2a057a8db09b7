import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addProposalAttachment } from "@/lib/domain/proposals/add-proposal-attachment";
import { countSubmittedProposals } from "@/lib/domain/proposals/count-submitted-proposals";
import { getOwnProposal } from "@/lib/domain/proposals/get-own-proposal";
import { getProposalReceipt } from "@/lib/domain/proposals/get-proposal-receipt";
import { listOwnProposals } from "@/lib/domain/proposals/list-own-proposals";
import { PROPOSAL_ATTACHMENT_LIMITS } from "@/lib/domain/proposals/proposal.schema";
import { proposalDigest } from "@/lib/domain/proposals/receipt-digest";
import { removeProposalAttachment } from "@/lib/domain/proposals/remove-proposal-attachment";
import { saveProposalDraft } from "@/lib/domain/proposals/save-proposal-draft";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { versionContent } from "@/lib/domain/proposals/version-content";
import { withdrawProposal } from "@/lib/domain/proposals/withdraw-proposal";
import { PROPOSAL_ATTACHMENT_RULES } from "@/lib/storage/file-storage";
import {
  EXE_BYTES,
  attachmentFile,
  pdfFile,
  pdfOfSize,
  zipArchive,
} from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createCertification } from "@/tests/helpers/factories";
import { completeContent, createBiddingScene } from "@/tests/helpers/proposals";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

describe("drafting and submitting a proposal", () => {
  it("saves a draft any number of times, visible to the vendor only as a draft", async () => {
    const { requirement, vendor, enterprise } = await createBiddingScene();
    await saveProposalDraft(vendor.member, {
      requirementId: requirement.id,
      content: { summary: "初稿", priceCny: 100 },
    });
    await saveProposalDraft(vendor.owner, {
      requirementId: requirement.id,
      content: { summary: "第二稿", priceCny: 200 },
    });
    const own = await getOwnProposal(vendor.member, { requirementId: requirement.id });
    expect(own.proposal).toMatchObject({ status: "DRAFT", currentVersion: null, versions: [] });
    expect(own.proposal?.draft).toMatchObject({ summary: "第二稿", priceCny: 200 });
    expect(await countSubmittedProposals(enterprise.owner, { requirementId: requirement.id })).toBe(
      0,
    );
  });

  it("submits a new immutable version with a receipt: version, database time, SHA-256", async () => {
    const { requirement, vendor, enterprise } = await createBiddingScene();
    const content = await completeContent(requirement.id);
    await saveProposalDraft(vendor.member, { requirementId: requirement.id, content });
    await addProposalAttachment(vendor.member, {
      requirementId: requirement.id,
      file: pdfFile("技术方案.pdf"),
    });
    const before = await db.$queryRaw<{ now: Date }[]>`SELECT now()`;
    const receipt = await submitProposal(vendor.member, { requirementId: requirement.id });

    expect(receipt.version).toBe(1);
    expect(receipt.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.receivedAt.getTime()).toBeGreaterThanOrEqual(before[0]!.now.getTime() - 1);
    expect(receipt.attachments).toEqual([
      expect.objectContaining({
        name: "技术方案.pdf",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    // Anyone holding the content and the files computes the same digest.
    const stored = await db.proposalVersion.findFirstOrThrow({ where: { version: 1 } });
    expect(
      proposalDigest({
        requirementId: requirement.id,
        vendorOrgId: vendor.org.id,
        version: 1,
        content: versionContent(stored),
        attachments: receipt.attachments,
      }),
    ).toBe(receipt.digest);
    await expect(
      db.proposalVersion.update({ where: { id: stored.id }, data: { priceCny: 1 } }),
    ).rejects.toThrow(/immutable/);
    expect(await countSubmittedProposals(enterprise.owner, { requirementId: requirement.id })).toBe(
      1,
    );
    expect(
      await getProposalReceipt(vendor.owner, { requirementId: requirement.id, version: 1 }),
    ).toEqual(receipt);
  });

  it("refuses a total that is not the sum of its line items, and missing responses", async () => {
    const { requirement, vendor } = await createBiddingScene();
    const content = await completeContent(requirement.id, { priceCny: 5_000_000 });
    await expect(
      submitProposal(vendor.member, { requirementId: requirement.id, content }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { priceCny: ["lineItemsSum?sum=5600000"] },
    });
    const unanswered = await completeContent(requirement.id, { criterionResponses: [] });
    await expect(
      submitProposal(vendor.member, { requirementId: requirement.id, content: unanswered }),
    ).rejects.toMatchObject({ fieldErrors: { criterionResponses: ["respondToEveryCriterion"] } });
    expect(await db.proposalVersion.count()).toBe(0);
  });

  it("revises into version 2 with what changed, withdraws, and submits again", async () => {
    const { requirement, vendor, enterprise } = await createBiddingScene();
    const content = await completeContent(requirement.id);
    await submitProposal(vendor.member, { requirementId: requirement.id, content });
    const revised = await submitProposal(vendor.member, {
      requirementId: requirement.id,
      content: { ...content, deliveryMonths: 8 },
    });
    expect(revised.version).toBe(2);
    const own = await getOwnProposal(vendor.member, { requirementId: requirement.id });
    expect(own.proposal?.versions.map((v) => [v.version, v.changed])).toEqual([
      [2, ["deliveryMonths"]],
      [1, []],
    ]);

    await withdrawProposal(vendor.owner, { requirementId: requirement.id });
    expect(
      await countSubmittedProposals(enterprise.member, { requirementId: requirement.id }),
    ).toBe(0);
    await expect(
      withdrawProposal(vendor.owner, { requirementId: requirement.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const again = await submitProposal(vendor.member, { requirementId: requirement.id });
    expect(again.version).toBe(3);
    expect(await db.proposal.count()).toBe(1);
    expect(
      await countSubmittedProposals(enterprise.member, { requirementId: requirement.id }),
    ).toBe(1);
  });

  it("returns the same receipt when a submission is retried with its Idempotency-Key", async () => {
    const { requirement, vendor } = await createBiddingScene();
    const content = await completeContent(requirement.id);
    const first = await submitProposal(vendor.member, {
      requirementId: requirement.id,
      content,
      idempotencyKey: "retry-key-0001",
    });
    const retried = await submitProposal(vendor.member, {
      requirementId: requirement.id,
      content,
      idempotencyKey: "retry-key-0001",
    });
    expect(retried).toEqual(first);
    expect(await db.proposalVersion.count()).toBe(1);
  });

  it("keeps one proposal per vendor per requirement in the database", async () => {
    const { requirement, vendor } = await createBiddingScene();
    await saveProposalDraft(vendor.member, { requirementId: requirement.id, content: {} });
    await expect(
      db.proposal.create({ data: { requirementId: requirement.id, vendorOrgId: vendor.org.id } }),
    ).rejects.toThrow();
  });

  it("lists the vendor's own proposals with their deadlines", async () => {
    const { requirement, vendor } = await createBiddingScene();
    const other = await createBiddingScene();
    await saveProposalDraft(vendor.member, { requirementId: requirement.id, content: {} });
    await saveProposalDraft(other.vendor.member, {
      requirementId: other.requirement.id,
      content: {},
    });
    const { proposals } = await listOwnProposals(vendor.owner);
    expect(proposals).toEqual([
      expect.objectContaining({
        status: "DRAFT",
        requirement: expect.objectContaining({ id: requirement.id, open: true }),
      }),
    ]);
  });
});

describe("the deadline, by the database's clock", () => {
  it("refuses every write once the deadline has passed; a draft stays a draft", async () => {
    const { requirement, vendor } = await createBiddingScene();
    await saveProposalDraft(vendor.member, {
      requirementId: requirement.id,
      content: await completeContent(requirement.id),
    });
    await db.$executeRaw`UPDATE "Requirement" SET deadline = now() - interval '1 millisecond' WHERE id = ${requirement.id}`;
    const refused = { code: "DEADLINE_PASSED", message: "deadlinePassed" };
    await expect(
      submitProposal(vendor.member, { requirementId: requirement.id }),
    ).rejects.toMatchObject(refused);
    await expect(
      saveProposalDraft(vendor.member, { requirementId: requirement.id, content: {} }),
    ).rejects.toMatchObject(refused);
    await expect(
      addProposalAttachment(vendor.member, { requirementId: requirement.id, file: pdfFile() }),
    ).rejects.toMatchObject(refused);
    const own = await getOwnProposal(vendor.member, { requirementId: requirement.id });
    expect(own.requirement.open).toBe(false);
    expect(own.proposal?.status).toBe("DRAFT");
  });
});

describe("eligibility", () => {
  it("tells an ineligible vendor why, and refuses its submission with that reason", async () => {
    const { requirement, vendor } = await createBiddingScene({
      requiresVerifiedVendor: true,
      domesticStackRequired: true,
      requiredCertifications: ["CMMI 5", "ISO 27001"],
    });
    await createCertification({ orgId: vendor.org.id, name: "ISO 27001" });
    const own = await getOwnProposal(vendor.member, { requirementId: requirement.id });
    expect(own.ineligible).toEqual([
      { rule: "verifiedVendor" },
      { rule: "domesticStack" },
      { rule: "certifications", missing: ["CMMI 5"] },
    ]);
    const content = await completeContent(requirement.id);
    await expect(
      submitProposal(vendor.member, { requirementId: requirement.id, content }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "notEligibleVerified" });

    await db.organization.update({
      where: { id: vendor.org.id },
      data: { verificationStatus: "VERIFIED", domesticStack: true },
    });
    await expect(
      submitProposal(vendor.member, { requirementId: requirement.id, content }),
    ).rejects.toMatchObject({ message: "notEligibleCertifications", params: { names: "CMMI 5" } });
    await createCertification({ orgId: vendor.org.id, name: "CMMI 5" });
    await expect(
      submitProposal(vendor.member, { requirementId: requirement.id, content }),
    ).resolves.toMatchObject({ version: 1 });
  });

  it("does not count an expired certification", async () => {
    const { requirement, vendor } = await createBiddingScene({
      requiredCertifications: ["CMMI 5"],
    });
    await createCertification({
      orgId: vendor.org.id,
      name: "CMMI 5",
      validUntil: new Date("2020-01-01"),
    });
    const own = await getOwnProposal(vendor.member, { requirementId: requirement.id });
    expect(own.ineligible).toEqual([{ rule: "certifications", missing: ["CMMI 5"] }]);
  });
});

describe("attachments", () => {
  it("checks files by their bytes, keeps removed files with the versions that had them", async () => {
    const { requirement, vendor } = await createBiddingScene();
    const content = await completeContent(requirement.id);
    await expect(
      addProposalAttachment(vendor.member, {
        requirementId: requirement.id,
        file: attachmentFile(EXE_BYTES, "方案.pdf"),
      }),
    ).rejects.toMatchObject({ fieldErrors: { file: ["fileType"] } });
    const { attachmentId } = await addProposalAttachment(vendor.member, {
      requirementId: requirement.id,
      file: attachmentFile(zipArchive({ "a.txt": "案例" }), "案例材料.zip"),
    });
    await submitProposal(vendor.member, { requirementId: requirement.id, content });
    await removeProposalAttachment(vendor.member, { attachmentId });
    await submitProposal(vendor.member, { requirementId: requirement.id });
    const own = await getOwnProposal(vendor.member, { requirementId: requirement.id });
    expect(own.proposal?.attachments).toEqual([]);
    expect(own.proposal?.versions.map((v) => v.attachments.map((a) => a.name))).toEqual([
      [],
      ["案例材料.zip"],
    ]);
    expect(own.proposal?.versions[0]?.changed).toEqual(["attachments"]);
  });

  it("refuses files over 50 MB and a 21st attachment", async () => {
    expect(PROPOSAL_ATTACHMENT_RULES.maxBytes).toBe(PROPOSAL_ATTACHMENT_LIMITS.maxBytes);
    const { requirement, vendor } = await createBiddingScene();
    await expect(
      addProposalAttachment(vendor.member, {
        requirementId: requirement.id,
        file: pdfOfSize(PROPOSAL_ATTACHMENT_LIMITS.maxBytes + 1),
      }),
    ).rejects.toMatchObject({ fieldErrors: { file: ["fileTooLarge?mb=50"] } });
    for (let i = 0; i < PROPOSAL_ATTACHMENT_LIMITS.perProposal; i++) {
      await addProposalAttachment(vendor.member, {
        requirementId: requirement.id,
        file: pdfFile(`${i}.pdf`),
      });
    }
    await expect(
      addProposalAttachment(vendor.member, { requirementId: requirement.id, file: pdfFile() }),
    ).rejects.toMatchObject({ fieldErrors: { file: ["tooManyProposalAttachments?max=20"] } });
  });
});
