import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { SearchMemo } from "@/lib/search/search-memo";
import { openRequirementsValidity } from "../count-open-requirements";
import type { DbNow } from "../open-for-proposals";
import { visibilityScope } from "./requirement-filters-sql";
import type { RequirementSearchParams } from "./search-requirements.schema";

// Which requirements an open search finds (their ids, order and count) changes only with a write
// to a published requirement, which moves the published stamp, or with a deadline passing. So
// the first page and the count of an open search are kept until either happens; the rows shown
// are still read fresh each time. Kept only for the readers who see alike and whose visibility
// no requirement write leaves out: the public and the admins (a vendor's new invitation is not
// a requirement write).

const memo = new SearchMemo();

function keyOf(part: string, actor: Actor, params: RequirementSearchParams): string | null {
  const scope = visibilityScope(actor);
  if (scope !== "public" && scope !== "all") return null;
  // `verified` reads the organizations' verification, which triggers copy without an edit.
  if (params.state !== "open" || params.cursor || params.verified) return null;
  return `${part}:${scope}:${JSON.stringify(params)}`;
}

/**
 * `compute()`'s answer for this part (`page`, `count`) of an open search, computed again only
 * when a published requirement was written or a deadline passed since it was kept.
 */
export async function rememberedOpenSearch<T>(
  part: string,
  actor: Actor,
  params: RequirementSearchParams,
  now: DbNow,
  compute: () => Promise<T>,
): Promise<T> {
  const key = keyOf(part, actor, params);
  if (key === null) return compute();
  return memo.remember(key, await openRequirementsValidity(now), compute);
}
