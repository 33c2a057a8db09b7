import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { assertVendorMayChange, openProposalWrite } from "./open-proposal-write";
import { proposalAttachmentRefSchema, type ProposalAttachmentRef } from "./proposal.schema";
import { PROPOSAL_TRANSACTION } from "./proposal-transaction";

const attachmentNotFound = () => new DomainError("NOT_FOUND", "attachmentNotFound");

/**
 * A vendor member takes a file out of its draft. The file stays with the versions that
 * included it (they are immutable); the next submission no longer has it.
 */
export async function removeProposalAttachment(
  actor: Actor,
  input: ProposalAttachmentRef,
): Promise<void> {
  const vendor = requireVendorMember(actor);
  const { attachmentId } = parseInput(proposalAttachmentRefSchema, input);
  await db.$transaction(async (tx) => {
    const attachment = await tx.proposalAttachment.findFirst({
      where: { id: attachmentId, inDraft: true, proposal: { vendorOrgId: vendor.orgId } },
      select: { proposal: { select: { requirementId: true } } },
    });
    if (!attachment) throw attachmentNotFound();
    const { proposal } = await openProposalWrite(tx, vendor, attachment.proposal.requirementId, {
      create: false,
    });
    assertVendorMayChange(proposal);
    const { count } = await tx.proposalAttachment.updateMany({
      where: { id: attachmentId, inDraft: true },
      data: { inDraft: false },
    });
    if (count === 0) throw attachmentNotFound();
  }, PROPOSAL_TRANSACTION);
}
