import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isVendorMember, memberOfKind, type MemberActor } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { COUNTED_PROPOSALS } from "./counted-proposals";
import { proposalAttachmentRefSchema, type ProposalAttachmentRef } from "./proposal.schema";

const notFound = () => new DomainError("NOT_FOUND", "attachmentNotFound");

/**
 * Who may read an attachment: the submitting vendor's members (drafts included), and, once the
 * proposals are opened (开标), the requirement's enterprise for files of a submitted version of a
 * proposal that counts (never a withdrawn one or a draft's file).
 */
function readableBy(actor: Actor): Prisma.ProposalAttachmentWhereInput | null {
  const member = actor as MemberActor;
  if (isVendorMember(actor)) return { proposal: { vendorOrgId: member.orgId } };
  if (!memberOfKind.can(actor, "ENTERPRISE")) return null;
  return {
    versions: { some: {} },
    proposal: {
      status: { in: [...COUNTED_PROPOSALS] },
      requirement: { orgId: member.orgId, openedAt: { not: null } },
    },
  };
}

/**
 * A proposal attachment's stored file (see `readableBy`). Everyone refused (admins, other
 * vendors, the enterprise before opening) is told it does not exist.
 */
export async function getProposalAttachmentDownload(actor: Actor, input: ProposalAttachmentRef) {
  const readable = readableBy(actor);
  if (!readable) throw notFound();
  const { attachmentId } = parseInput(proposalAttachmentRefSchema, input);
  const attachment = await db.proposalAttachment.findFirst({
    where: { id: attachmentId, ...readable },
    select: {
      file: {
        select: { storageKey: true, originalName: true, contentType: true, sizeBytes: true },
      },
    },
  });
  if (!attachment) throw notFound();
  return attachment.file;
}
