import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { listOrganizationsSchema, type ListOrganizationsInput } from "./list-organizations.schema";
import { offsetWindow } from "@/lib/paging/offset-page";
import { ADMIN_PAGE_SIZE } from "./admin-page-size";
import { parseInput } from "@/lib/validation/parse-input";

const SEARCHED_FIELDS = ["name", "nameEn", "key", "creditCode"] as const;

/** Admins: every organization, newest first, with its member count, 50 a page. */
export async function listOrganizations(actor: Actor, input: ListOrganizationsInput) {
  requireAdmin(actor);
  const filters = parseInput(listOrganizationsSchema, input);
  const where: Prisma.OrganizationWhereInput = {
    ...(filters.q
      ? {
          OR: SEARCHED_FIELDS.map((field) => ({
            [field]: { contains: filters.q, mode: "insensitive" as const },
          })),
        }
      : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.verification ? { verificationStatus: filters.verification } : {}),
  };
  const total = await db.organization.count({ where });
  const { page, pageCount, skip, take } = offsetWindow(filters.page, total, ADMIN_PAGE_SIZE);
  const organizations = await db.organization.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      key: true,
      kind: true,
      name: true,
      nameEn: true,
      creditCode: true,
      region: true,
      verificationStatus: true,
      verifiedAt: true,
      createdAt: true,
      _count: { select: { memberships: true } },
    },
  });
  return {
    organizations: organizations.map(({ _count, ...org }) => ({
      ...org,
      memberCount: _count.memberships,
    })),
    total,
    page,
    pageCount,
    filters: { ...filters, page },
  };
}

export type OrganizationListPage = Awaited<ReturnType<typeof listOrganizations>>;
