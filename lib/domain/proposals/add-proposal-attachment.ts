import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { PROPOSAL_ATTACHMENT_RULES, storeUpload } from "@/lib/storage/file-storage";
import { errorKey } from "@/lib/validation/fields";
import { failValidation, parseInput } from "@/lib/validation/parse-input";
import { assertVendorMayChange, openProposalWrite } from "./open-proposal-write";
import {
  PROPOSAL_ATTACHMENT_LIMITS,
  addProposalAttachmentSchema,
  type AddProposalAttachmentInput,
} from "./proposal.schema";
import { PROPOSAL_TRANSACTION } from "./proposal-transaction";

/**
 * A vendor member attaches a file to its draft (creating the proposal if needed): PDF, Office,
 * ZIP or an image by the file's bytes, at most 50 MB, at most 20 in the draft. The proposal row
 * stays locked from the count to the insert, so two uploads at once cannot make a 21st.
 */
export async function addProposalAttachment(
  actor: Actor,
  input: AddProposalAttachmentInput,
): Promise<{ attachmentId: string }> {
  const vendor = requireVendorMember(actor);
  const { requirementId, file } = parseInput(addProposalAttachmentSchema, input);
  return db.$transaction(async (tx) => {
    const { proposal } = await openProposalWrite(tx, vendor, requirementId, { create: true });
    assertVendorMayChange(proposal);
    const inDraft = await tx.proposalAttachment.count({
      where: { proposalId: proposal.id, inDraft: true },
    });
    if (inDraft >= PROPOSAL_ATTACHMENT_LIMITS.perProposal) {
      failValidation({
        file: [
          errorKey("tooManyProposalAttachments", { max: PROPOSAL_ATTACHMENT_LIMITS.perProposal }),
        ],
      });
    }
    const stored = await storeUpload(tx, file, PROPOSAL_ATTACHMENT_RULES, {
      field: "file",
      uploadedById: vendor.userId,
    });
    const attachment = await tx.proposalAttachment.create({
      data: { proposalId: proposal.id, fileId: stored.id },
      select: { id: true },
    });
    return { attachmentId: attachment.id };
  }, PROPOSAL_TRANSACTION);
}
