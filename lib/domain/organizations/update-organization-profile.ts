import "server-only";
import { db } from "@/lib/db";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requireOwner } from "@/lib/auth/guards";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { lockOrganization } from "@/lib/domain/members/organization-lock";
import { failValidation, parseInput } from "@/lib/validation/parse-input";
import {
  profileChanges,
  VERIFICATION_RESET_REASON,
  VERIFICATION_RESTORED_REASON,
  VERIFIED_FIELDS,
  type ProfileFields,
  type VerificationEffect,
} from "./profile-changes";
import { requireKnownTags } from "./require-known-tags";
import {
  organizationProfileSchema,
  type OrganizationProfileInput,
} from "./update-organization-profile.schema";
import { refreshOrganizationSearch } from "./search/refresh-organization-search";

const creditCodeTaken = () =>
  new DomainError("VALIDATION", "creditCodeTaken", {
    fieldErrors: { creditCode: ["creditCodeTaken"] },
  });

/** An error on each changed field of the verified identity (legal name, credit code). */
function identityFieldErrors(changed: string[], key: string): FieldErrors {
  const fields = VERIFIED_FIELDS.filter((field) => changed.includes(field));
  return Object.fromEntries(fields.map((field) => [field, [key]]));
}

/**
 * The status an edit sets, and the audit reason, for each effect. The record of the last
 * verification (when, for which name and credit code) stays, so that a restore keeps its date.
 */
const VERIFICATION_WRITES: Record<
  VerificationEffect,
  { status?: VerificationStatus; reason: string | null }
> = {
  none: { reason: null },
  withdrawn: { status: "UNVERIFIED", reason: VERIFICATION_RESET_REASON },
  restored: { status: "VERIFIED", reason: VERIFICATION_RESTORED_REASON },
};

/**
 * The owner edits the organization's profile; only changed fields are written and audited.
 * Changing the legal name or credit code of a VERIFIED organization withdraws the verification,
 * once the owner confirms it (`confirmVerificationLoss`); setting both back to the values last
 * verified restores it. While a verification request waits for a decision, they cannot change.
 * Other fields never touch the verification.
 */
export async function updateOrganizationProfile(
  actor: Actor,
  input: OrganizationProfileInput & { orgId: string },
): Promise<{ changed: string[]; verification: VerificationEffect }> {
  const owner = requireOwner(actor, input.orgId);
  const data = parseInput(organizationProfileSchema, input);
  const isVendor = owner.orgKind === "VENDOR";
  await requireKnownTags(db, [
    { field: "industries", kind: "INDUSTRY", slugs: data.industries },
    { field: "capabilities", kind: "CAPABILITY", slugs: isVendor ? data.capabilities : [] },
  ]);
  const next: Partial<ProfileFields> = {
    name: data.name,
    nameEn: data.nameEn ?? null,
    creditCode: data.creditCode ?? null,
    region: data.region ?? null,
    industries: data.industries,
    description: data.description ?? "",
    website: data.website ?? null,
    ...(isVendor ? { capabilities: data.capabilities, domesticStack: data.domesticStack } : {}),
  };

  return db
    .$transaction(async (tx) => {
      // Serializes with a verification request or decision on the same organization.
      await lockOrganization(tx, owner.orgId);
      if (data.creditCode) {
        const holder = await tx.organization.findFirst({
          where: { creditCode: data.creditCode, id: { not: owner.orgId } },
          select: { id: true },
        });
        if (holder) throw creditCodeTaken();
      }
      const current = await tx.organization.findUniqueOrThrow({ where: { id: owner.orgId } });
      const { changed, before, after, identityChanged, verification } = profileChanges(
        current,
        next,
      );
      if (identityChanged && current.verificationStatus === "PENDING")
        failValidation(identityFieldErrors(changed, "identityLockedWhilePending"));
      if (verification === "withdrawn" && !data.confirmVerificationLoss)
        failValidation({ confirmVerificationLoss: ["confirmVerificationLoss"] });
      if (changed.length === 0) return { changed, verification };
      const { status: newStatus, reason } = VERIFICATION_WRITES[verification];
      await tx.organization.update({
        where: { id: owner.orgId },
        data: { ...after, ...(newStatus ? { verificationStatus: newStatus } : {}) },
      });
      await refreshOrganizationSearch(tx, owner.orgId);
      await recordAuditEvent(tx, owner, {
        entityType: "organization",
        entityId: owner.orgId,
        orgId: owner.orgId,
        action: "organization.update-profile",
        reason,
        ...(newStatus
          ? {
              before: { ...before, verificationStatus: current.verificationStatus },
              after: { ...after, verificationStatus: newStatus },
            }
          : { before, after }),
      });
      return { changed, verification };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? creditCodeTaken() : error;
    });
}
