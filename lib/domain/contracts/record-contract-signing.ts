import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DOCUMENT_RULES, storeUpload } from "@/lib/storage/file-storage";
import { parseInput } from "@/lib/validation/parse-input";
import { notify } from "@/lib/domain/notifications/notify";
import { notFound } from "@/lib/domain/errors";
import { requireTrigger } from "@/lib/domain/requirements/requirement-permissions";
import { applyTransition } from "@/lib/domain/requirements/transitions/apply-transition";
import { lockRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { recordSigningSchema, type RecordSigningInput } from "./contract.schema";

/**
 * A member of the owner organization records the contract signed with the awarded vendor (date,
 * number, amount and the signed document, a PDF or image judged by its bytes): AWARDED →
 * CONTRACTED, the contract row, the stored document and the audit event in one transaction.
 */
export async function recordContractSigning(actor: Actor, input: RecordSigningInput) {
  const member = requireTrigger(actor, "sign");
  const { requirementId, contractNumber, amountCny, signedOn, document } = parseInput(
    recordSigningSchema,
    input,
  );
  return db.$transaction(async (tx) => {
    const requirement = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    const award = await tx.award.findUnique({ where: { requirementId }, select: { id: true } });
    if (!award) throw notFound("Award");
    const moved = await applyTransition(tx, member, requirement, "sign");
    const stored = await storeUpload(tx, document, DOCUMENT_RULES, {
      field: "document",
      uploadedById: member.userId,
    });
    const contract = await tx.contract.create({
      data: {
        requirementId,
        awardId: award.id,
        contractNumber,
        amountCny,
        signedAt: new Date(`${signedOn}T00:00:00+08:00`),
        signedDocumentId: stored.id,
        recordedById: member.userId,
      },
      select: { id: true },
    });
    await notify(tx, { type: "contract.recorded", requirementId });
    return { ...moved, contractId: contract.id };
  });
}
