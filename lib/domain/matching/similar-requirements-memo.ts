import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { publishedRequirementsStamp } from "@/lib/domain/requirements/published-stamp";
import { visibilityScope } from "@/lib/domain/requirements/search/requirement-filters-sql";
import { SearchMemo } from "@/lib/search/search-memo";
import type { SimilarRanking } from "./similar-requirements";

// Which requirements are most like one (a ranking of 500 candidates by their words) changes
// only with a write to a published requirement, which moves the published stamp: every listed
// requirement was published first, and a listed one leaves the market by a write the shown
// list's fresh read sees. The ranking does not depend on states or deadlines, which are read
// fresh with the enterprises and winners (showSimilarRequirements). Kept only for the readers
// who see alike and whose visibility no requirement write leaves out: the public and the admins.

const memo = new SearchMemo();

/** `rank()`'s ranking for this requirement (as last written) and limit, kept while it holds. */
export async function rememberedSimilarRanking(
  actor: Actor,
  requirement: { id: string; updatedAt: Date },
  limit: number,
  rank: () => Promise<SimilarRanking>,
): Promise<SimilarRanking> {
  const scope = visibilityScope(actor);
  if (scope !== "public" && scope !== "all") return rank();
  const key = `${scope}:${requirement.id}:${requirement.updatedAt.getTime()}:${limit}`;
  const validity = { stamp: await publishedRequirementsStamp(), from: 0, until: Infinity };
  return memo.remember(key, validity, rank);
}
