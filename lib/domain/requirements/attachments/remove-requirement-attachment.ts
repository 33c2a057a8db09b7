import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwnMembership } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import { AUTHORING_ACTIONS } from "../authoring/draft-rules";
import { editRequirement } from "../requirement-permissions";
import { lockRequirement } from "../transitions/lock-requirement";
import { attachmentIdSchema, type AttachmentIdInput } from "./requirement-attachment.schema";

/**
 * A member of the owner organization removes an attachment from a DRAFT. The stored file is
 * kept (files are never deleted: the audit log still names it), it is just no longer attached.
 */
export async function removeRequirementAttachment(
  actor: Actor,
  input: AttachmentIdInput,
): Promise<void> {
  const member = requireOwnMembership(actor);
  const { attachmentId } = parseInput(attachmentIdSchema, input);
  await db.$transaction(async (tx) => {
    const attachment = await tx.requirementAttachment.findFirst({
      where: { id: attachmentId, requirement: { orgId: member.orgId } },
      select: { requirementId: true, fileId: true, file: { select: { originalName: true } } },
    });
    if (!attachment) throw new DomainError("NOT_FOUND", "attachmentNotFound");
    const requirement = await lockRequirement(tx, attachment.requirementId);
    editRequirement.require(member, requirement);
    // A concurrent removal of the same attachment deletes nothing here: report it as gone.
    const { count } = await tx.requirementAttachment.deleteMany({ where: { id: attachmentId } });
    if (count === 0) throw new DomainError("NOT_FOUND", "attachmentNotFound");
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: attachment.requirementId,
      orgId: member.orgId,
      action: AUTHORING_ACTIONS.removeAttachment,
      before: { attachmentId, fileId: attachment.fileId, fileName: attachment.file.originalName },
    });
  });
}
