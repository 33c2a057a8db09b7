import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import {
  listVendorsSchema,
  type ListVendorsInput,
  type VendorFilters,
} from "./list-vendors.schema";

export const VENDORS_PER_PAGE = 20;

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
  _count: { select: { caseStudies: true } },
} satisfies Prisma.OrganizationSelect;

export type VendorCard = Prisma.OrganizationGetPayload<{ select: typeof vendorCardSelect }>;

function vendorsWhere(filters: VendorFilters): Prisma.OrganizationWhereInput {
  return {
    kind: "VENDOR",
    ...(filters.capability ? { capabilities: { has: filters.capability } } : {}),
    ...(filters.industry ? { industries: { has: filters.industry } } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.verified ? { verificationStatus: "VERIFIED" } : {}),
  };
}

/**
 * The public vendor directory: every vendor (unverified ones too), filtered by capability,
 * industry, region and verification, verified first, 20 a page.
 */
export async function listVendors(_actor: Actor, input: ListVendorsInput) {
  const filters = listVendorsSchema.parse(input);
  const where = vendorsWhere(filters);
  const total = await db.organization.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / VENDORS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const items = await db.organization.findMany({
    where,
    orderBy: [{ verifiedAt: { sort: "desc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * VENDORS_PER_PAGE,
    take: VENDORS_PER_PAGE,
    select: vendorCardSelect,
  });
  return { items, total, page, pageCount, filters: { ...filters, page } };
}

export type VendorDirectoryPage = Awaited<ReturnType<typeof listVendors>>;
