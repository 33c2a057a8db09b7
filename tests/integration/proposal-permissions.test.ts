import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addProposalAttachment } from "@/lib/domain/proposals/add-proposal-attachment";
import { countSubmittedProposals } from "@/lib/domain/proposals/count-submitted-proposals";
import { getOwnProposal } from "@/lib/domain/proposals/get-own-proposal";
import { getProposalAttachmentDownload } from "@/lib/domain/proposals/get-proposal-attachment-download";
import { getProposalReceipt } from "@/lib/domain/proposals/get-proposal-receipt";
import { listOwnProposals } from "@/lib/domain/proposals/list-own-proposals";
import { removeProposalAttachment } from "@/lib/domain/proposals/remove-proposal-attachment";
import { saveProposalDraft } from "@/lib/domain/proposals/save-proposal-draft";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { withdrawProposal } from "@/lib/domain/proposals/withdraw-proposal";
import { pdfFile } from "@/tests/helpers/attachment-files";
import { setUpTestDatabase } from "@/tests/helpers/database";
import {
  BIDDING_ROLES,
  completeContent,
  createBiddingScene,
  type BiddingRole,
} from "@/tests/helpers/proposals";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

/**
 * "allowed": acts on the bidding vendor's proposal. "ownOnly": succeeds, but on the actor's own
 * (empty) proposal, showing nothing of the bidding vendor's. Otherwise the refusal's code.
 */
type Outcome = "allowed" | "ownOnly" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** A vendor with a submitted proposal (one attachment) and a second file in its draft. */
async function scene() {
  const { requirement, vendor, actors } = await createBiddingScene();
  await saveProposalDraft(vendor.member, {
    requirementId: requirement.id,
    content: await completeContent(requirement.id),
  });
  await addProposalAttachment(vendor.member, {
    requirementId: requirement.id,
    file: pdfFile("报价明细.pdf"),
  });
  await submitProposal(vendor.member, { requirementId: requirement.id });
  const { attachmentId } = await addProposalAttachment(vendor.member, {
    requirementId: requirement.id,
    file: pdfFile("补充材料.pdf"),
  });
  return { requirementId: requirement.id, attachmentId, vendorOrgId: vendor.org.id, actors };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** Runs the operation; tells whether it touched the bidding vendor's proposal. */
type Operation = (actor: Actor, s: Scene) => Promise<"theirs" | "own">;

const VENDORS_ONLY = {
  visitor: "UNAUTHENTICATED",
  enterpriseOwner: "FORBIDDEN",
  enterpriseMember: "FORBIDDEN",
  otherEnterprise: "FORBIDDEN",
  admin: "FORBIDDEN",
} as const;

const versionsOf = (vendorOrgId: string) =>
  db.proposalVersion.count({ where: { proposal: { vendorOrgId } } });

const OPERATIONS: Record<string, { run: Operation; expected: Record<BiddingRole, Outcome> }> = {
  "save a draft": {
    async run(actor, s) {
      const { proposalId } = await saveProposalDraft(actor, {
        requirementId: s.requirementId,
        content: { summary: "改" },
      });
      return ownerOf(proposalId, s);
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "ownOnly",
    },
  },
  "attach a file": {
    async run(actor, s) {
      await addProposalAttachment(actor, { requirementId: s.requirementId, file: pdfFile() });
      const mine = await db.proposalAttachment.count({
        where: { proposal: { vendorOrgId: s.vendorOrgId } },
      });
      return mine === 3 ? "theirs" : "own";
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "ownOnly",
    },
  },
  "remove an attachment": {
    async run(actor, s) {
      await removeProposalAttachment(actor, { attachmentId: s.attachmentId });
      return "theirs";
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "NOT_FOUND",
    },
  },
  "submit (revise)": {
    async run(actor, s) {
      await submitProposal(actor, { requirementId: s.requirementId });
      return (await versionsOf(s.vendorOrgId)) === 2 ? "theirs" : "own";
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "NOT_FOUND",
    },
  },
  withdraw: {
    async run(actor, s) {
      await withdrawProposal(actor, { requirementId: s.requirementId });
      return "theirs";
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "NOT_FOUND",
    },
  },
  "read the proposal with its history": {
    async run(actor, s) {
      const own = await getOwnProposal(actor, { requirementId: s.requirementId });
      return own.proposal?.versions.length === 1 ? "theirs" : "own";
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "ownOnly",
    },
  },
  "list own proposals": {
    async run(actor) {
      const { proposals } = await listOwnProposals(actor);
      return proposals.length === 1 ? "theirs" : "own";
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "ownOnly",
    },
  },
  "download the receipt": {
    async run(actor, s) {
      await getProposalReceipt(actor, { requirementId: s.requirementId, version: 1 });
      return "theirs";
    },
    expected: {
      ...VENDORS_ONLY,
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "NOT_FOUND",
    },
  },
  "download an attachment": {
    async run(actor, s) {
      await getProposalAttachmentDownload(actor, { attachmentId: s.attachmentId });
      return "theirs";
    },
    // Sealed: refused as if it did not exist, to the enterprise and admins too.
    expected: {
      visitor: "NOT_FOUND",
      vendorMember: "allowed",
      vendorOwner: "allowed",
      otherVendor: "NOT_FOUND",
      enterpriseOwner: "NOT_FOUND",
      enterpriseMember: "NOT_FOUND",
      otherEnterprise: "NOT_FOUND",
      admin: "NOT_FOUND",
    },
  },
  "count submitted proposals": {
    async run(actor, s) {
      expect(await countSubmittedProposals(actor, { requirementId: s.requirementId })).toBe(1);
      return "theirs";
    },
    expected: {
      visitor: "NOT_FOUND",
      vendorMember: "NOT_FOUND",
      vendorOwner: "NOT_FOUND",
      otherVendor: "NOT_FOUND",
      enterpriseOwner: "allowed",
      enterpriseMember: "allowed",
      otherEnterprise: "NOT_FOUND",
      admin: "allowed",
    },
  },
};

async function ownerOf(proposalId: string, s: Scene): Promise<"theirs" | "own"> {
  const { vendorOrgId } = await db.proposal.findUniqueOrThrow({ where: { id: proposalId } });
  return vendorOrgId === s.vendorOrgId ? "theirs" : "own";
}

describe.each(Object.entries(OPERATIONS))("%s", (_name, { run, expected }) => {
  it.each(BIDDING_ROLES)("as %s", async (role) => {
    const s = await scene();
    const outcome = expected[role];
    const versionsBefore = await versionsOf(s.vendorOrgId);
    if (outcome === "allowed") {
      await expect(run(s.actors[role], s)).resolves.toBe("theirs");
    } else if (outcome === "ownOnly") {
      await expect(run(s.actors[role], s)).resolves.toBe("own");
      expect(await versionsOf(s.vendorOrgId)).toBe(versionsBefore);
    } else {
      await expect(run(s.actors[role], s)).rejects.toMatchObject({ code: outcome });
      expect(await versionsOf(s.vendorOrgId)).toBe(versionsBefore);
    }
  });
});
