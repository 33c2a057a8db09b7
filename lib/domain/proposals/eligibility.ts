import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbNow } from "@/lib/domain/requirements/open-for-proposals";

type Client = Pick<Prisma.TransactionClient, "organization">;

export interface EligibilityRules {
  requiresVerifiedVendor: boolean;
  domesticStackRequired: boolean;
  requiredCertifications: string[];
}

/** Why a vendor may not submit: each unmet rule, with the certifications it lacks. */
export type IneligibleReason =
  | { rule: "verifiedVendor" }
  | { rule: "domesticStack" }
  | { rule: "certifications"; missing: string[] };

export const ELIGIBILITY_RULES_SELECT = {
  requiresVerifiedVendor: true,
  domesticStackRequired: true,
  requiredCertifications: true,
} as const;

/**
 * The rules of `requirement` that vendor `vendorOrgId` does not meet at `now` (empty: eligible).
 * A certification counts when its name matches and it is valid on the day (no end, or not past).
 */
export async function ineligibleReasons(
  client: Client,
  vendorOrgId: string,
  requirement: EligibilityRules,
  now: DbNow,
): Promise<IneligibleReason[]> {
  const vendor = await client.organization.findUniqueOrThrow({
    where: { id: vendorOrgId },
    select: {
      verificationStatus: true,
      domesticStack: true,
      certifications: { select: { name: true, validUntil: true } },
    },
  });
  const today = now.toISOString().slice(0, 10);
  const held = new Set(
    vendor.certifications
      .filter((c) => !c.validUntil || c.validUntil.toISOString().slice(0, 10) >= today)
      .map((c) => c.name.trim().toLowerCase()),
  );
  const missing = requirement.requiredCertifications.filter(
    (name) => !held.has(name.trim().toLowerCase()),
  );
  const reasons: IneligibleReason[] = [];
  if (requirement.requiresVerifiedVendor && vendor.verificationStatus !== "VERIFIED") {
    reasons.push({ rule: "verifiedVendor" });
  }
  if (requirement.domesticStackRequired && !vendor.domesticStack) {
    reasons.push({ rule: "domesticStack" });
  }
  if (missing.length > 0) reasons.push({ rule: "certifications", missing });
  return reasons;
}
