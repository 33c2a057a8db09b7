import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isVendorMember, type MemberActor } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { proposalAttachmentRefSchema, type ProposalAttachmentRef } from "./proposal.schema";

const notFound = () => new DomainError("NOT_FOUND", "attachmentNotFound");

/**
 * A proposal attachment's stored file, for members of the vendor that submitted it only (sealed:
 * not the enterprise, not admins, not other vendors). Everyone refused is told it does not exist.
 */
export async function getProposalAttachmentDownload(actor: Actor, input: ProposalAttachmentRef) {
  if (!isVendorMember(actor)) throw notFound();
  const vendor = actor as MemberActor;
  const { attachmentId } = parseInput(proposalAttachmentRefSchema, input);
  const attachment = await db.proposalAttachment.findFirst({
    where: { id: attachmentId, proposal: { vendorOrgId: vendor.orgId } },
    select: {
      file: {
        select: { storageKey: true, originalName: true, contentType: true, sizeBytes: true },
      },
    },
  });
  if (!attachment) throw notFound();
  return attachment.file;
}
