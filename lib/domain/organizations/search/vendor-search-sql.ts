import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SortKey } from "@/lib/paging/keyset";
import type { SearchQuery } from "@/lib/search/search-query";
import { textMatchSql, textRankSql, titleFirst } from "@/lib/search/search-sql";
import type { VendorSearchParams, VendorSort } from "./search-vendors.schema";

// The organization is aliased `o`. Every user value is a parameter.

/**
 * Vendors. With words, as a condition no index answers: four in five organizations are vendors,
 * so such a search's rows are found by its words' indexes and checked for the kind. Through an
 * index of the vendors PostgreSQL read (and decompressed) every vendor's bigram vector to check a
 * word: 97 ms for 大模型, against 43 ms through the bigram index (docs/performance.md). Without
 * words, an index of the vendors is what returns the directory in its order.
 */
const isVendor = (withWords: boolean) =>
  withWords ? Prisma.sql`o."kind"::text = 'VENDOR'` : Prisma.sql`o."kind" = 'VENDOR'`;

/** Vendors (every one: the directory is public) matching the filters. */
export function vendorFiltersSql(params: VendorSearchParams, withWords: boolean): Prisma.Sql[] {
  const conditions: (Prisma.Sql | null)[] = [
    isVendor(withWords),
    params.capability.length ? Prisma.sql`o."capabilities" && ${params.capability}::text[]` : null,
    params.industry.length ? Prisma.sql`o."industries" && ${params.industry}::text[]` : null,
    params.region.length ? Prisma.sql`o."region" = ANY(${params.region}::text[])` : null,
    params.verified ? Prisma.sql`o."verificationStatus" = 'VERIFIED'` : null,
  ];
  return conditions.filter((condition): condition is Prisma.Sql => condition !== null);
}

/** Every condition of a search: its words and its filters. */
export function vendorSearchSql(params: VendorSearchParams, query: SearchQuery): Prisma.Sql[] {
  return [...textMatchSql("o", query), ...vendorFiltersSql(params, query.terms.length > 0)];
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
