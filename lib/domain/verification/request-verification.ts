import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwner } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import { DOCUMENT_RULES, storeUpload } from "@/lib/storage/file-storage";
import {
  requestVerificationSchema,
  type RequestVerificationInput,
} from "./request-verification.schema";

/**
 * The owner asks for verification with the business licence (PDF, PNG or JPEG by its bytes, at
 * most 20 MB). Refused while a request waits for a decision and once the organization is
 * verified; after a rejection the owner may ask again with new material.
 */
export async function requestVerification(
  actor: Actor,
  input: RequestVerificationInput & { orgId: string },
): Promise<{ requestId: string }> {
  const owner = requireOwner(actor, input.orgId);
  const { license } = parseInput(requestVerificationSchema, input);

  return db.$transaction(async (tx) => {
    // The row lock makes two simultaneous requests queue up: the second sees PENDING and stops.
    const [org] = await tx.$queryRaw<{ verificationStatus: string }[]>`
      SELECT "verificationStatus" FROM "Organization" WHERE id = ${owner.orgId} FOR UPDATE`;
    if (org?.verificationStatus === "PENDING")
      throw new DomainError("CONFLICT", "verificationPending");
    if (org?.verificationStatus === "VERIFIED")
      throw new DomainError("INVALID_TRANSITION", "alreadyVerified");

    const file = await storeUpload(tx, license, DOCUMENT_RULES, {
      field: "license",
      uploadedById: owner.userId,
    });
    const request = await tx.verificationRequest.create({
      data: { orgId: owner.orgId, licenseFileId: file.id, requestedById: owner.userId },
      select: { id: true },
    });
    await tx.organization.update({
      where: { id: owner.orgId },
      data: { verificationStatus: "PENDING" },
    });
    await recordAuditEvent(tx, owner, {
      entityType: "organization",
      entityId: owner.orgId,
      orgId: owner.orgId,
      action: "organization.request-verification",
      before: { verificationStatus: org?.verificationStatus ?? null },
      after: { verificationStatus: "PENDING", requestId: request.id, licence: license.name },
    });
    return { requestId: request.id };
  });
}
