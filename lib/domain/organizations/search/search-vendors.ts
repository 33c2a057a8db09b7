import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { appliedSort, fetchKeysetPage, sortName } from "@/lib/search/keyset-page";
import { parseSearchQuery } from "@/lib/search/search-query";
import { textMatchSql } from "@/lib/search/search-sql";
import { parseInput } from "@/lib/validation/parse-input";
import { vendorCardSelect, type VendorCard } from "../list-vendors";
import {
  searchVendorsSchema,
  type SearchVendorsInput,
  type VendorSearchParams,
  type VendorSort,
} from "./search-vendors.schema";
import { vendorFiltersSql, vendorSortKeys } from "./vendor-search-sql";
import { vendorHighlights, type VendorHighlights } from "./vendor-highlights";

export type VendorSearchItem = VendorCard & { highlights: VendorHighlights };

export interface VendorSearchPage {
  items: VendorSearchItem[];
  /** How many vendors match the search and filters. */
  total: number;
  /** Opaque; pass as `cursor` (with the same search) for the next page. Null on the last. */
  nextCursor: string | null;
  params: VendorSearchParams;
  sort: VendorSort;
}

async function countVendors(conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "Organization" AS o WHERE ${Prisma.join(conditions, " AND ")}`;
  return Number(row?.count ?? 0);
}

async function matchedCaseStudies(orgIds: string[]) {
  const rows = await db.caseStudy.findMany({
    where: { orgId: { in: orgIds } },
    select: { id: true, orgId: true, title: true, summary: true },
    orderBy: [{ year: "desc" }, { id: "asc" }],
  });
  const byOrg = new Map<string, typeof rows>();
  for (const row of rows) byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row]);
  return byOrg;
}

/**
 * The public vendor directory, searched by name, description, capabilities, industries and case
 * studies, filtered by capability, industry, region and verification, one page at a time.
 */
export async function searchVendors(
  _actor: Actor,
  input: SearchVendorsInput,
): Promise<VendorSearchPage> {
  const params = parseInput(searchVendorsSchema, input);
  const query = parseSearchQuery(params.q);
  const sort = appliedSort(params.sort, query, "verified");
  const conditions = [...textMatchSql("o", query), ...vendorFiltersSql(params)];
  const [{ ids, nextCursor }, total] = await Promise.all([
    fetchKeysetPage({
      from: Prisma.sql`"Organization" AS o`,
      idColumn: Prisma.sql`o."id"`,
      conditions,
      keys: vendorSortKeys(sort, query),
      sortName: sortName(sort, query),
      cursor: params.cursor,
      limit: params.limit,
    }),
    countVendors(conditions),
  ]);
  const [rows, caseStudies] = await Promise.all([
    db.organization.findMany({ where: { id: { in: ids } }, select: vendorCardSelect }),
    query.terms.length ? matchedCaseStudies(ids) : new Map<string, never[]>(),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids
    .map((id) => byId.get(id))
    .filter((row) => row !== undefined)
    .map((row) => ({
      ...row,
      highlights: vendorHighlights(row, caseStudies.get(row.id) ?? [], query.terms),
    }));
  return { items, total, nextCursor, params, sort };
}
