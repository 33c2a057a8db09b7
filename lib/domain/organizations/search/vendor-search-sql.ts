import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SortKey } from "@/lib/paging/keyset";
import type { SearchQuery } from "@/lib/search/search-query";
import { textMatchSql, textRankSql, titleFirst } from "@/lib/search/search-sql";
import type { VendorSearchParams, VendorSort } from "./search-vendors.schema";

// The organization is aliased `o`. Every user value is a parameter.

/** Vendors (every one: the directory is public) matching the filters. */
export function vendorFiltersSql(params: VendorSearchParams): Prisma.Sql[] {
  const conditions: (Prisma.Sql | null)[] = [
    Prisma.sql`o."kind" = 'VENDOR'`,
    params.capability.length ? Prisma.sql`o."capabilities" && ${params.capability}::text[]` : null,
    params.industry.length ? Prisma.sql`o."industries" && ${params.industry}::text[]` : null,
    params.region.length ? Prisma.sql`o."region" = ANY(${params.region}::text[])` : null,
    params.verified ? Prisma.sql`o."verificationStatus" = 'VERIFIED'` : null,
  ];
  return conditions.filter((condition): condition is Prisma.Sql => condition !== null);
}

/** Every condition of a search: its words and its filters. */
export function vendorSearchSql(params: VendorSearchParams, query: SearchQuery): Prisma.Sql[] {
  return [...textMatchSql("o", query), ...vendorFiltersSql(params)];
}

const id: SortKey = { sql: Prisma.sql`o."id"`, direction: "asc", type: "text" };
const name: SortKey = { sql: Prisma.sql`o."name"`, direction: "asc", type: "text" };

/** The keys of each order; the id last, so that ties have an order too. */
export function vendorSortKeys(sort: VendorSort, query: SearchQuery): SortKey[] {
  switch (sort) {
    case "relevance":
      if (query.terms.length === 0) return vendorSortKeys("verified", query);
      return [
        ...titleFirst("o", query),
        { sql: textRankSql("o", query), direction: "desc", type: "float8" },
        { ...id, direction: "desc" },
      ];
    case "verified":
      return [
        { sql: Prisma.sql`(o."verificationStatus" = 'VERIFIED')`, direction: "desc", type: "bool" },
        name,
        id,
      ];
    case "name":
      return [name, id];
  }
}
