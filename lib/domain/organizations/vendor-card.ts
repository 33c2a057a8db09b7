import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields of a vendor's card in the directory and the API's vendor lists. */
export const vendorCardSelect = {
  id: true,
  name: true,
  nameEn: true,
  region: true,
  description: true,
  capabilities: true,
  industries: true,
  logoFileId: true,
  verificationStatus: true,
} satisfies Prisma.OrganizationSelect;

export type VendorCard = Prisma.OrganizationGetPayload<{ select: typeof vendorCardSelect }> & {
  caseStudyCount: number;
};
