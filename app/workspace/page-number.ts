/** A `?page=` from the address as a page number from 1; anything else is the first page. */
export function pageNumber(value: string | string[] | undefined): number {
  const page = Number(typeof value === "string" ? value : 1);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
