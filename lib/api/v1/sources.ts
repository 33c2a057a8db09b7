import type { Actor } from "@/lib/auth/actor";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";

// Where the API's lists come from: the same search use cases as the pages, given the query
// parameters as the pages' URLs hold them.

export type ListQuery = Record<string, string | undefined>;

export function requirementList(actor: Actor, query: ListQuery) {
  return searchRequirements(actor, query);
}

export function vendorList(actor: Actor, query: ListQuery) {
  return searchVendors(actor, query);
}
