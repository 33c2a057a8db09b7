import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import {
  decideVerificationSchema,
  type DecideVerificationInput,
} from "./decide-verification.schema";
import { notify } from "@/lib/domain/notifications/notify";

/**
 * An admin approves a pending request (the organization becomes VERIFIED) or rejects it with a
 * reason (REJECTED; the owner may ask again). Only a PENDING request can be decided, once. Every
 * owner of the organization is emailed the outcome after the decision is stored.
 */
export async function decideVerification(
  actor: Actor,
  input: DecideVerificationInput,
): Promise<{ orgId: string }> {
  const admin = requireAdmin(actor);
  const decision = parseInput(decideVerificationSchema, input);
  const approve = decision.decision === "approve";
  const reason = approve ? null : decision.reason;
  const now = new Date();

  const orgId = await db.$transaction(async (tx) => {
    // Conditional update: of two admins deciding at once, exactly one changes the row.
    const { count } = await tx.verificationRequest.updateMany({
      where: { id: decision.requestId, status: "PENDING" },
      data: {
        status: approve ? "APPROVED" : "REJECTED",
        reason,
        decidedById: admin.userId,
        decidedAt: now,
      },
    });
    const request = await tx.verificationRequest.findUnique({
      where: { id: decision.requestId },
      select: { orgId: true },
    });
    if (!request) throw new DomainError("NOT_FOUND", "verificationRequestNotFound");
    if (count === 0) throw new DomainError("INVALID_TRANSITION", "verificationAlreadyDecided");

    // An approval verifies the legal name and credit code the organization has (they cannot
    // change while its request waits); a rejection leaves the last verification's record alone.
    const org = await tx.organization.findUniqueOrThrow({
      where: { id: request.orgId },
      select: { name: true, creditCode: true },
    });
    const data = approve
      ? {
          verificationStatus: "VERIFIED" as const,
          verifiedAt: now,
          verifiedName: org.name,
          verifiedCreditCode: org.creditCode,
        }
      : { verificationStatus: "REJECTED" as const };
    await tx.organization.update({ where: { id: request.orgId }, data });
    await recordAuditEvent(tx, admin, {
      entityType: "organization",
      entityId: request.orgId,
      orgId: request.orgId,
      action: approve ? "organization.verify" : "organization.reject-verification",
      reason,
      before: { verificationStatus: "PENDING" },
      after: {
        ...data,
        ...(approve ? { verifiedAt: now.toISOString() } : {}),
        requestId: decision.requestId,
      },
    });
    await notify(
      tx,
      approve
        ? { type: "verification.approved", orgId: request.orgId }
        : { type: "verification.rejected", orgId: request.orgId, reason: reason ?? "" },
    );
    return request.orgId;
  });

  return { orgId };
}
