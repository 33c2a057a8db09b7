import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { invitedRequirementIds } from "@/lib/domain/requirements/privately-visible";
import { publishedRequirementsStamp } from "@/lib/domain/requirements/published-stamp";
import { visibilityScope } from "@/lib/domain/requirements/search/requirement-filters-sql";
import { SearchMemo } from "@/lib/search/search-memo";
import type { SimilarRanking } from "./similar-requirements";

// Which requirements are most like one (a ranking of 500 candidates by their words) changes
// only with a write to a published requirement, which moves the published stamp: every listed
// requirement was published first, and a listed one leaves the market by a write the shown
// list's fresh read sees. The ranking does not depend on states or deadlines, which are read
// fresh with the enterprises and winners (showSimilarRequirements). What a member of an
// organization sees beyond the public also changes with an invitation, which writes no
// requirement: its organization's invitations are part of the key.

const memo = new SearchMemo();

/** Who sees alike: the public, the admins, or an organization with these invitations. */
async function readersKey(actor: Actor): Promise<string> {
  const scope = visibilityScope(actor);
  if (actor.kind !== "user" || !actor.orgId || scope === "all") return scope;
  const invited = (await invitedRequirementIds(actor.orgId)).sort();
  return `${scope}:${createHash("sha256").update(invited.join(",")).digest("base64url")}`;
}

/** `rank()`'s ranking for this requirement (as last written) and limit, kept while it holds. */
export async function rememberedSimilarRanking(
  actor: Actor,
  requirement: { id: string; updatedAt: Date },
  limit: number,
  rank: () => Promise<SimilarRanking>,
): Promise<SimilarRanking> {
  const [readers, stamp] = await Promise.all([readersKey(actor), publishedRequirementsStamp()]);
  const key = `${readers}:${requirement.id}:${requirement.updatedAt.getTime()}:${limit}`;
  return memo.remember(key, { stamp, from: 0, until: Infinity }, rank);
}
