import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { fetchKeysetPage } from "@/lib/paging/keyset-page";
import { appliedSort, sortName } from "@/lib/search/relevance-sort";
import { withPrefixesExpanded } from "@/lib/search/prefix-words";
import { parseSearchQuery } from "@/lib/search/search-query";
import { snapshotKeyOf } from "@/lib/search/search-snapshots";
import { titleMatchSql } from "@/lib/search/search-sql";
import { parseInput } from "@/lib/validation/parse-input";
import { requireKnownFilterTags } from "@/lib/domain/taxonomy/require-known-filter-tags";
import { vendorCardSelect, type VendorCard } from "../vendor-card";
import {
  searchVendorsSchema,
  type SearchVendorsInput,
  type VendorSearchParams,
  type VendorSort,
} from "./search-vendors.schema";
import { vendorSearchSql, vendorSortKeys } from "./vendor-search-sql";
import { vendorHighlights, type VendorHighlights } from "./vendor-highlights";
import { rememberedVendorSearch } from "./vendor-search-memo";

/** The table searched, aliased as the search's SQL expects. */
export const VENDORS = Prisma.sql`"Organization" AS o`;

export type VendorSearchItem = VendorCard & { highlights: VendorHighlights };

export interface VendorSearchPage {
  items: VendorSearchItem[];
  /** Opaque; pass as `cursor` (with the same search) for the next page. Null on the last. */
  nextCursor: string | null;
  params: VendorSearchParams;
  sort: VendorSort;
}

/** The case studies of the page's vendors, newest first: counted on the cards, searched for highlights. */
async function caseStudiesOf(orgIds: string[]) {
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
  await requireKnownFilterTags(params);
  const query = parseSearchQuery(params.q);
  const sort = appliedSort(params.sort, query, "verified");
  const { ids, nextCursor } = await rememberedVendorSearch("page", params, async () =>
    fetchKeysetPage({
      from: VENDORS,
      idColumn: Prisma.sql`o."id"`,
      conditions: vendorSearchSql(params, await withPrefixesExpanded(query)),
      keys: vendorSortKeys(sort, query),
      sortName: sortName(sort, query),
      cursor: params.cursor,
      limit: params.limit,
      snapshotKey: sort === "relevance" ? snapshotKeyOf("vendors", "public", params) : undefined,
      leading: sort === "relevance" ? titleMatchSql("o", query) : null,
      throughIndexes: query.terms.length > 0,
    }),
  );
  const [rows, caseStudies] = await Promise.all([
    db.organization.findMany({ where: { id: { in: ids } }, select: vendorCardSelect }),
    caseStudiesOf(ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids
    .map((id) => byId.get(id))
    .filter((row) => row !== undefined)
    .map((row) => {
      const ownCaseStudies = caseStudies.get(row.id) ?? [];
      return {
        ...row,
        caseStudyCount: ownCaseStudies.length,
        highlights: vendorHighlights(row, ownCaseStudies, query.terms),
      };
    });
  return { items, nextCursor, params, sort };
}
