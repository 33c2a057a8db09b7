import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SortKey } from "@/lib/paging/keyset";
import type { SearchQuery } from "@/lib/search/search-query";
import { textRankSql, titleFirst } from "@/lib/search/search-sql";
import type { RequirementSort } from "./search-requirements.schema";

// Freshness: relevance doubles every FRESHNESS_DOUBLING_DAYS of publication date, counted from a
// fixed day. Scaling by a growing function of publishedAt orders rows exactly as decaying by age
// would (dividing every score by the same factor changes no order), but a row's score depends on
// its own columns only, not on now(): it is the same on every page, which the cursor needs.
const FRESHNESS_EPOCH_SECONDS = Date.UTC(2026, 0, 1) / 1000;
const FRESHNESS_DOUBLING_DAYS = 180;

// date_part is float8 arithmetic; extract() computes in numeric, several times slower per row.
function freshnessSql(): Prisma.Sql {
  return Prisma.sql`power(2::float8, (date_part('epoch', coalesce(r."publishedAt", r."createdAt"))
    - ${Prisma.raw(String(FRESHNESS_EPOCH_SECONDS))}) / ${Prisma.raw(String(FRESHNESS_DOUBLING_DAYS * 86_400))})`;
}

/** Text relevance (title > summary and tags > body) with a gentle boost for newer listings. */
export function requirementScoreSql(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`(${textRankSql("r", query)} * ${freshnessSql()})`;
}

const id = (direction: "asc" | "desc"): SortKey => ({
  sql: Prisma.sql`r."id"`,
  direction,
  type: "text",
});

/** The keys of each order; the id last, so that ties have an order too. */
export function requirementSortKeys(sort: RequirementSort, query: SearchQuery): SortKey[] {
  switch (sort) {
    case "relevance":
      if (query.terms.length === 0) return requirementSortKeys("newest", query);
      return [
        ...titleFirst("r", query),
        { sql: requirementScoreSql(query), direction: "desc", type: "float8" },
        id("desc"),
      ];
    case "newest":
      return [
        // Listed requirements all have one; NULLs first is the order of the status index.
        {
          sql: Prisma.sql`r."publishedAt"`,
          direction: "desc",
          nulls: "first",
          type: "timestamptz",
        },
        id("desc"),
      ];
    case "deadline":
      return [
        { sql: Prisma.sql`r."deadline"`, direction: "asc", nulls: "last", type: "timestamptz" },
        id("asc"),
      ];
    case "budget":
      return [
        {
          sql: Prisma.sql`coalesce(r."budgetMaxCny", r."budgetMinCny")`,
          direction: "desc",
          nulls: "last",
          type: "int4",
        },
        id("desc"),
      ];
  }
}
