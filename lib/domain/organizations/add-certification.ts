import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { certificationSchema, type CertificationInput } from "./certification.schema";
import { parseInput } from "@/lib/validation/parse-input";
import { requireVendorOwner } from "@/lib/auth/guards";

const nameTaken = () =>
  new DomainError("VALIDATION", "certificationTaken", {
    fieldErrors: { name: ["certificationTaken"] },
  });

/** A vendor's owner lists a certification; two with the same name are refused. */
export async function addCertification(
  actor: Actor,
  input: CertificationInput & { orgId: string },
): Promise<{ id: string }> {
  const owner = requireVendorOwner(actor, input.orgId);
  const parsed = parseInput(certificationSchema, input);
  const data = {
    name: parsed.name,
    issuer: parsed.issuer ?? null,
    validUntil: parsed.validUntil ?? null,
  };
  return db
    .$transaction(async (tx) => {
      const row = await tx.certification.create({
        data: { ...data, orgId: owner.orgId },
        select: { id: true },
      });
      await recordAuditEvent(tx, owner, {
        entityType: "certification",
        entityId: row.id,
        orgId: owner.orgId,
        action: "certification.add",
        after: { ...data, validUntil: data.validUntil?.toISOString().slice(0, 10) ?? null },
      });
      return row;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken() : error;
    });
}
