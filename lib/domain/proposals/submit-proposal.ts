import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember, type MemberActor } from "@/lib/auth/guards";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { checkAgainstRequirement } from "./check-against-requirement";
import { ELIGIBILITY_RULES_SELECT, ineligibleReasons, type IneligibleReason } from "./eligibility";
import { assertVendorMayChange, openProposalWrite } from "./open-proposal-write";
import { PROPOSAL_ACTIONS } from "./proposal-actions";
import { proposalContentSchema, proposalDraftSchema } from "./proposal-content.schema";
import { submitProposalSchema, type SubmitProposalInput } from "./proposal.schema";
import { PROPOSAL_TRANSACTION } from "./proposal-transaction";
import { notifyProposalSubmitted } from "./notify-proposal-submitted";
import { proposalDigest } from "./receipt-digest";
import { RECEIPT_SELECT, receiptOf, type ProposalReceipt } from "./receipt";
import { writeDraft } from "./save-proposal-draft";

type Tx = Prisma.TransactionClient;

/**
 * A vendor member submits its proposal: the draft (or `content`, saved as the draft first)
 * becomes a new immutable version, with the database's time of receipt and the SHA-256 digest
 * of the receipt. Refused with DEADLINE_PASSED one millisecond late (the one deadline rule,
 * in this transaction), and with the reason when the vendor is not eligible. With an
 * `idempotencyKey` already used for this proposal, returns that submission's receipt instead.
 */
export async function submitProposal(
  actor: Actor,
  input: SubmitProposalInput,
): Promise<ProposalReceipt> {
  const vendor = requireVendorMember(actor);
  const { requirementId, content, idempotencyKey } = parseInput(submitProposalSchema, input);
  return db.$transaction(async (tx) => {
    if (idempotencyKey) {
      const earlier = await submittedWithKey(tx, vendor, requirementId, idempotencyKey);
      if (earlier) return earlier;
    }
    const { requirement, proposal } = await openProposalWrite(tx, vendor, requirementId, {
      create: content !== undefined,
    });
    assertVendorMayChange(proposal);
    await refuseIneligible(tx, vendor, requirementId, requirement.dbNow);
    const draft = content
      ? await writeDraft(tx, vendor, proposal.id, content)
      : await savedDraft(tx, proposal.id);
    const versionContent = await checkAgainstRequirement(
      tx,
      requirementId,
      vendor.orgId,
      parseInput(proposalContentSchema, draft),
    );
    const attachments = await tx.proposalAttachment.findMany({
      where: { proposalId: proposal.id, inDraft: true },
      orderBy: { createdAt: "asc" },
      select: { id: true, file: { select: { originalName: true, sha256: true, sizeBytes: true } } },
    });
    const version = (proposal.currentVersion ?? 0) + 1;
    const digest = proposalDigest({
      requirementId,
      vendorOrgId: vendor.orgId,
      version,
      content: versionContent,
      attachments: attachments.map(({ file }) => ({
        name: file.originalName,
        sha256: file.sha256,
        sizeBytes: file.sizeBytes,
      })),
    });
    const created = await tx.proposalVersion.create({
      data: {
        proposalId: proposal.id,
        version,
        ...versionContent,
        digest,
        idempotencyKey: idempotencyKey ?? null,
        createdById: vendor.userId,
        createdAt: requirement.dbNow,
        attachments: {
          create: attachments.map((a, position) => ({ attachmentId: a.id, position })),
        },
      },
      select: RECEIPT_SELECT,
    });
    await tx.proposal.update({
      where: { id: proposal.id },
      data: {
        status: "SUBMITTED",
        currentVersion: version,
        submittedAt: requirement.dbNow,
        withdrawnAt: null,
      },
    });
    await recordAuditEvent(tx, vendor, {
      entityType: "proposal",
      entityId: proposal.id,
      orgId: vendor.orgId,
      action: PROPOSAL_ACTIONS.submit,
      after: { version, digest },
    });
    await notifyProposalSubmitted(tx, { requirementId, vendorOrgId: vendor.orgId, version });
    return receiptOf(created);
  }, PROPOSAL_TRANSACTION);
}

async function submittedWithKey(
  tx: Tx,
  vendor: MemberActor,
  requirementId: string,
  idempotencyKey: string,
): Promise<ProposalReceipt | null> {
  const version = await tx.proposalVersion.findFirst({
    where: { idempotencyKey, proposal: { requirementId, vendorOrgId: vendor.orgId } },
    select: RECEIPT_SELECT,
  });
  return version ? receiptOf(version) : null;
}

async function savedDraft(tx: Tx, proposalId: string) {
  const { draft } = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { draft: true },
  });
  return proposalDraftSchema.parse(draft);
}

async function refuseIneligible(
  tx: Tx,
  vendor: MemberActor,
  requirementId: string,
  now: Parameters<typeof ineligibleReasons>[3],
): Promise<void> {
  const rules = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: ELIGIBILITY_RULES_SELECT,
  });
  const [reason] = await ineligibleReasons(tx, vendor.orgId, rules, now);
  if (reason) throw ineligible(reason);
}

/** The refusal for the first unmet rule (the page lists them all before the vendor starts). */
export function ineligible(reason: IneligibleReason): DomainError {
  if (reason.rule === "certifications") {
    return new DomainError("FORBIDDEN", "notEligibleCertifications", {
      params: { names: reason.missing.join("、") },
    });
  }
  return new DomainError(
    "FORBIDDEN",
    reason.rule === "verifiedVendor" ? "notEligibleVerified" : "notEligibleDomesticStack",
  );
}
