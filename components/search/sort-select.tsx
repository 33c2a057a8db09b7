import { getTranslations } from "next-intl/server";
import type { FilterControl } from "./filter-control";
import { SelectFilter, type FilterOption } from "./select-filter";

/**
 * The order of the results. Blank is the default: by relevance when there are search words,
 * the page's own order otherwise; so a sort the user never chose does not stick to a new search.
 */
export async function SortSelect({
  value,
  sorts,
  ...control
}: Omit<FilterControl, "name"> & { value: string | undefined; sorts: FilterOption[] }) {
  const t = await getTranslations("search");
  const chosen = value && sorts.some((sort) => sort.value === value) ? [value] : [];
  return (
    <SelectFilter
      {...control}
      name="sort"
      layout="inline"
      label={t("sort")}
      anyLabel={t("sortDefault")}
      values={chosen}
      options={sorts}
    />
  );
}
