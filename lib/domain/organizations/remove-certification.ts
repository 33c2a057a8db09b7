import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { removeCertificationSchema, type RemoveCertificationInput } from "./certification.schema";
import { parseInput } from "@/lib/validation/parse-input";
import { requireVendorOwner } from "@/lib/auth/guards";

/** A vendor's owner removes one of the organization's certifications. */
export async function removeCertification(
  actor: Actor,
  input: RemoveCertificationInput & { orgId: string },
): Promise<void> {
  const owner = requireVendorOwner(actor, input.orgId);
  const { id } = parseInput(removeCertificationSchema, input);
  await db.$transaction(async (tx) => {
    const before = await tx.certification.findFirst({
      where: { id, orgId: owner.orgId },
      select: { name: true, issuer: true, validUntil: true },
    });
    if (!before) throw new DomainError("NOT_FOUND", "certificationNotFound");
    await tx.certification.delete({ where: { id, orgId: owner.orgId } });
    await recordAuditEvent(tx, owner, {
      entityType: "certification",
      entityId: id,
      orgId: owner.orgId,
      action: "certification.remove",
      before: { ...before, validUntil: before.validUntil?.toISOString().slice(0, 10) ?? null },
    });
  });
}
