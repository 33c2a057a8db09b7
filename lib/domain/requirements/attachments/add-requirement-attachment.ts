import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwnMembership } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { ATTACHMENT_RULES, storeUpload } from "@/lib/storage/file-storage";
import { errorKey } from "@/lib/validation/fields";
import { failValidation, parseInput } from "@/lib/validation/parse-input";
import { AUTHORING_ACTIONS } from "../authoring/draft-rules";
import { editRequirement } from "../requirement-permissions";
import { lockRequirement } from "../transitions/lock-requirement";
import {
  ATTACHMENT_LIMITS,
  addRequirementAttachmentSchema,
  type AddRequirementAttachmentInput,
} from "./requirement-attachment.schema";

/**
 * A member of the owner organization attaches a file to a DRAFT (once submitted, the admins
 * review exactly what vendors will read). PDF, Word, Excel, PowerPoint, PNG or JPEG by the
 * file's bytes, at most 20 MB, at most 10 per requirement: the requirement row stays locked
 * from the count to the insert, so two uploads at once cannot make an eleventh.
 */
export async function addRequirementAttachment(
  actor: Actor,
  input: AddRequirementAttachmentInput,
): Promise<{ attachmentId: string }> {
  const member = requireOwnMembership(actor);
  const { requirementId, file } = parseInput(addRequirementAttachmentSchema, input);
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    editRequirement.require(member, requirement);
    const existing = await tx.requirementAttachment.aggregate({
      where: { requirementId },
      _count: true,
      _max: { position: true },
    });
    if (existing._count >= ATTACHMENT_LIMITS.perRequirement) {
      failValidation({
        file: [errorKey("tooManyAttachments", { max: ATTACHMENT_LIMITS.perRequirement })],
      });
    }
    const stored = await storeUpload(tx, file, ATTACHMENT_RULES, {
      field: "file",
      uploadedById: member.userId,
    });
    const attachment = await tx.requirementAttachment.create({
      data: { requirementId, fileId: stored.id, position: (existing._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: requirementId,
      orgId: member.orgId,
      action: AUTHORING_ACTIONS.addAttachment,
      after: { attachmentId: attachment.id, fileId: stored.id, fileName: file.name },
    });
    return { attachmentId: attachment.id };
  });
}
