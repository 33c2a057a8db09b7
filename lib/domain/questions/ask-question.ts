import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { notify } from "@/lib/domain/notifications/notify";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { lockRequirementOpenForQuestions } from "@/lib/domain/requirements/transitions/lock-requirement";
import { limit } from "@/lib/security/rate-limits";
import { ATTACHMENT_RULES, storeUpload } from "@/lib/storage/file-storage";
import { parseInput } from "@/lib/validation/parse-input";
import { askerOrdinalFor } from "./asker-ordinal";
import { askQuestionSchema, type AskQuestionInput } from "./question.schema";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";

/**
 * A vendor member asks about a requirement they can see, until its question deadline by the
 * database's clock (checked in the transaction that writes the question). Seen by the
 * enterprise and the asking organization only.
 */
export async function askQuestion(
  actor: Actor,
  input: AskQuestionInput,
): Promise<{ questionId: string }> {
  const vendor = requireVendorMember(actor);
  const { requirementId, body, attachment } = parseInput(askQuestionSchema, input);
  await limit("tooManyRequests", ["questionUser", vendor.userId], ["questionOrg", vendor.orgId]);
  return db.$transaction(async (tx) => {
    await requireVisibleRequirement(tx, vendor, requirementId);
    await lockRequirementOpenForQuestions(tx, requirementId);
    const askerOrdinal = await askerOrdinalFor(tx, requirementId, vendor.orgId);
    const stored =
      attachment && attachment.size > 0
        ? await storeUpload(tx, attachment, ATTACHMENT_RULES, {
            field: "attachment",
            uploadedById: vendor.userId,
          })
        : null;
    const question = await tx.question.create({
      data: {
        requirementId,
        vendorOrgId: vendor.orgId,
        askedById: vendor.userId,
        body,
        askerOrdinal,
        attachmentId: stored?.id ?? null,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, vendor, {
      entityType: "question",
      entityId: question.id,
      orgId: vendor.orgId,
      action: "question.ask",
      after: { requirementId, attachmentId: stored?.id ?? null },
    });
    await notify(tx, { type: "question.asked", requirementId });
    return { questionId: question.id };
  });
}
