import type { VendorFilters } from "@/lib/domain/organizations/list-vendors.schema";

/** The directory URL for `filters` at `page` (only the parameters that are set). */
export function vendorsHref(filters: VendorFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.capability) query.set("capability", filters.capability);
  if (filters.industry) query.set("industry", filters.industry);
  if (filters.region) query.set("region", filters.region);
  if (filters.verified) query.set("verified", "1");
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/vendors?${search}` : "/vendors";
}
