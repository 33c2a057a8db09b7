import type { RowCount } from "@/lib/paging/keyset-page";

type CountKey = "countExact" | "countAtLeast";

/**
 * "共 N 条" or, when counting stopped at its limit, "超过 N 条", in the words `text` finds
 * under these keys; nothing on later pages (no count) and with no results (the empty state).
 */
export function resultCountText(
  total: RowCount | null,
  text: (key: CountKey, values: { count: number }) => string,
): string | undefined {
  if (!total || total.value === 0) return undefined;
  return text(total.exact ? "countExact" : "countAtLeast", { count: total.value });
}

/**
 * The count to show with a page: none on a later page or with no results, the page's own rows
 * when it is the only page, otherwise `count()` (a query, run beside the page's rendering).
 */
export function countForPage(
  page: { items: unknown[]; nextCursor: string | null; params: { cursor?: string } },
  count: () => Promise<RowCount>,
): Promise<RowCount> | null {
  if (page.params.cursor || page.items.length === 0) return null;
  if (!page.nextCursor) return Promise.resolve({ value: page.items.length, exact: true });
  return count();
}
