import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { fetchKeysetPage } from "@/lib/paging/keyset-page";
import { appliedSort, sortName } from "@/lib/search/relevance-sort";
import type { CursorValue } from "@/lib/paging/keyset";
import { snapshotKeyOf } from "@/lib/search/search-snapshots";
import { titleMatchSql } from "@/lib/search/search-sql";
import { withPrefixesExpanded } from "@/lib/search/prefix-words";
import { parseInput } from "@/lib/validation/parse-input";
import { databaseNow, effectiveStatus } from "../open-for-proposals";
import { requireKnownFilterTags } from "@/lib/domain/taxonomy/require-known-filter-tags";
import { requirementSummarySelect, type RequirementSummary } from "../requirement-summary";
import { requirementSearchQuery } from "./project-number-search";
import {
  requirementFiltersSql,
  requirementTextSql,
  visibilityScope,
} from "./requirement-filters-sql";
import { requirementHighlights, type RequirementHighlights } from "./requirement-highlights";
import { requirementSortKeys } from "./requirement-sort-keys";
import { rememberedOpenSearch } from "./open-search-memo";
import { visibleRequirementsWhere } from "../visibility";
import {
  searchRequirementsSchema,
  type RequirementSearchParams,
  type RequirementSort,
  type SearchRequirementsInput,
} from "./search-requirements.schema";

export type RequirementSearchItem = RequirementSummary & {
  /** The import key (operator CLI), null for requirements authored in the app. */
  key: string | null;
  /**
   * Relevance when sorted by it, otherwise null: higher ranks first. The whole search in the
   * title scores 2 or more, in the title and tags 1 or more, any other match below 1 (the text
   * rank with the freshness boost, s, as s / (1 + s)).
   */
  score: number | null;
  highlights: RequirementHighlights;
};

export interface RequirementSearchPage {
  items: RequirementSearchItem[];
  /** Opaque; pass as `cursor` (with the same search) for the next page. Null on the last. */
  nextCursor: string | null;
  /** The parsed search state, for the form and for links (`requirementSearchUrlParams`). */
  params: RequirementSearchParams;
  /** The order applied: relevance becomes newest when the search has no searchable word. */
  sort: RequirementSort;
}

/** The table searched, aliased as the search's SQL expects. */
export const REQUIREMENTS = Prisma.sql`"Requirement" AS r`;

/**
 * The relevance order's keys ([in the title, in the title and tags,] score, id) as one number
 * in the same order.
 */
function relevanceScore(keys: CursorValue[]): number {
  const score = Number(keys.at(-2));
  const groups = keys.slice(0, -2).filter((key) => key === true).length;
  return groups + score / (1 + score);
}

/**
 * Searches the requirements the actor may see (visibility.ts), listed ones only, with the
 * filters and order of `input` (URL search parameters, see searchRequirementsSchema), one page
 * at a time. Text matches through the GIN index first; only matching rows are ranked.
 */
export async function searchRequirements(
  actor: Actor,
  input: SearchRequirementsInput,
): Promise<RequirementSearchPage> {
  const params = parseInput(searchRequirementsSchema, input);
  await requireKnownFilterTags(params);
  const query = requirementSearchQuery(params.q);
  const sort = appliedSort(params.sort, query, "newest");
  const now = await databaseNow();
  const keys = requirementSortKeys(sort, query);
  const found = rememberedOpenSearch("page", actor, params, now, async () => {
    const text = requirementTextSql(params.q, await withPrefixesExpanded(query));
    return fetchKeysetPage({
      from: REQUIREMENTS,
      idColumn: Prisma.sql`r."id"`,
      conditions: [...text, ...requirementFiltersSql(actor, params, now)],
      keys,
      sortName: sortName(sort, query),
      cursor: params.cursor,
      limit: params.limit,
      snapshotKey:
        sort === "relevance"
          ? snapshotKeyOf("requirements", visibilityScope(actor), params)
          : undefined,
      leading: sort === "relevance" ? titleMatchSql("r", query) : null,
      // Every other order has its index (the publication date, deadline and budget indexes).
      walk: sort === "relevance" ? undefined : { checked: text },
    });
  });
  const { ids, sortValues, nextCursor } = await found;
  const rows = await db.requirement.findMany({
    // Visibility again: the ids may have been kept (open-search-memo.ts).
    where: { id: { in: ids }, ...visibleRequirementsWhere(actor) },
    select: { ...requirementSummarySelect, key: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const scores = new Map(
    ids.map((id, i) => [id, sort === "relevance" ? relevanceScore(sortValues[i]!) : null]),
  );
  const items = ids
    .map((id) => byId.get(id))
    .filter((row) => row !== undefined)
    .map((row) => ({
      ...row,
      status: effectiveStatus(row, now),
      score: scores.get(row.id) ?? null,
      highlights: requirementHighlights(row, query.terms),
    }));
  return { items, nextCursor, params, sort };
}
