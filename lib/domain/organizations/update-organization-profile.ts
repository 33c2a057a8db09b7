import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwner } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { lockOrganization } from "@/lib/domain/members/organization-lock";
import { parseInput } from "@/lib/validation/parse-input";
import { profileChanges, VERIFICATION_RESET_REASON, type ProfileFields } from "./profile-changes";
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

/**
 * The owner edits the organization's profile. Changing the name or credit code of a VERIFIED
 * organization sets it back to UNVERIFIED. Only changed fields are written and audited.
 */
export async function updateOrganizationProfile(
  actor: Actor,
  input: OrganizationProfileInput & { orgId: string },
): Promise<{ changed: string[]; verificationReset: boolean }> {
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
    ...(isVendor ? { capabilities: data.capabilities } : {}),
  };

  return db
    .$transaction(async (tx) => {
      // Serializes with a verification decision on the same organization.
      await lockOrganization(tx, owner.orgId);
      if (data.creditCode) {
        const holder = await tx.organization.findFirst({
          where: { creditCode: data.creditCode, id: { not: owner.orgId } },
          select: { id: true },
        });
        if (holder) throw creditCodeTaken();
      }
      const current = await tx.organization.findUniqueOrThrow({ where: { id: owner.orgId } });
      const { changed, before, after, verificationReset } = profileChanges(current, next);
      if (changed.length === 0) return { changed, verificationReset };
      const unverify = { verificationStatus: "UNVERIFIED", verifiedAt: null } as const;
      await tx.organization.update({
        where: { id: owner.orgId },
        data: { ...after, ...(verificationReset ? unverify : {}) },
      });
      await refreshOrganizationSearch(tx, owner.orgId);
      await recordAuditEvent(tx, owner, {
        entityType: "organization",
        entityId: owner.orgId,
        orgId: owner.orgId,
        action: "organization.update-profile",
        reason: verificationReset ? VERIFICATION_RESET_REASON : null,
        before: verificationReset ? { ...before, verificationStatus: "VERIFIED" } : before,
        after: verificationReset ? { ...after, verificationStatus: "UNVERIFIED" } : after,
      });
      return { changed, verificationReset };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? creditCodeTaken() : error;
    });
}
