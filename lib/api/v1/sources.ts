import type { Actor } from "@/lib/auth/actor";
import { listVendors } from "@/lib/domain/organizations/list-vendors";
import { listPublishedRequirements } from "@/lib/domain/requirements/list-published-requirements";

// Where the API's lists come from. Each function is the one place to switch to the search use
// cases (searchRequirements, searchVendors) once they exist: the routes and the documented
// contract (filters in, `items` + `nextCursor` out) stay as they are.

export interface RequirementListQuery {
  cursor?: string;
  limit: number;
}

export function requirementList(actor: Actor, query: RequirementListQuery) {
  return listPublishedRequirements(actor, query);
}

export interface VendorListQuery {
  cursor?: string;
  capability?: string;
  industry?: string;
  region?: string;
  verified: boolean;
}

/** The directory is numbered pages today; the cursor carries the page number, opaquely. */
const pageCursor = {
  encode: (page: number) => Buffer.from(JSON.stringify({ page })).toString("base64url"),
  decode(cursor: string | undefined): number {
    if (!cursor) return 1;
    try {
      const { page } = JSON.parse(Buffer.from(cursor, "base64url").toString()) as {
        page?: unknown;
      };
      return Number.isInteger(page) && (page as number) >= 1 ? (page as number) : 1;
    } catch {
      return 1;
    }
  },
};

export async function vendorList(actor: Actor, { cursor, verified, ...filters }: VendorListQuery) {
  const result = await listVendors(actor, {
    ...filters,
    verified: verified ? "true" : undefined,
    page: String(pageCursor.decode(cursor)),
  });
  const nextCursor = result.page < result.pageCount ? pageCursor.encode(result.page + 1) : null;
  return { items: result.items, nextCursor };
}
