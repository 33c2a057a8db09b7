import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { visibleRequirementsWhere } from "../visibility";
import { attachmentIdSchema, type AttachmentIdInput } from "./requirement-attachment.schema";

const notFound = () => new DomainError("NOT_FOUND", "attachmentNotFound");

/**
 * An attachment's stored file, for signed-in users who may see its requirement (the owner
 * organization in any state, admins, vendors where it is listed for them). Visitors read summary
 * fields only, never attachments. Everyone refused is told it does not exist.
 */
export async function getAttachmentDownload(actor: Actor, input: AttachmentIdInput) {
  if (actor.kind === "visitor") throw notFound();
  const { attachmentId } = parseInput(attachmentIdSchema, input);
  const attachment = await db.requirementAttachment.findFirst({
    where: { id: attachmentId, requirement: visibleRequirementsWhere(actor) },
    select: {
      file: {
        select: { storageKey: true, originalName: true, contentType: true, sizeBytes: true },
      },
    },
  });
  if (!attachment) throw notFound();
  return attachment.file;
}

export type AttachmentDownload = Awaited<ReturnType<typeof getAttachmentDownload>>;
