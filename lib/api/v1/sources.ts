import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { countVendors } from "@/lib/domain/organizations/search/count-vendors";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import { countRequirements } from "@/lib/domain/requirements/search/count-requirements";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import type { RowCount } from "@/lib/paging/keyset-page";

// Where the API's lists come from: the same search use cases as the pages, given the query
// parameters as the pages' URLs hold them.

export type ListQuery = Record<string, string | undefined>;

/** The list's count, when the request asks for one (`count=true`): a second query. */
const countIfAsked = (query: ListQuery, count: () => Promise<RowCount>) =>
  query.count === "true" ? count() : Promise.resolve(null);

export async function requirementList(actor: Actor, query: ListQuery) {
  const [page, total] = await Promise.all([
    searchRequirements(actor, query),
    countIfAsked(query, () => countRequirements(actor, query)),
  ]);
  return { ...page, total };
}

export async function vendorList(actor: Actor, query: ListQuery) {
  const [page, total] = await Promise.all([
    searchVendors(actor, query),
    countIfAsked(query, () => countVendors(actor, query)),
  ]);
  return { ...page, total };
}
