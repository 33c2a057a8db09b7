import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";

/**
 * A list's search box and filters as a plain GET form: the URL holds the search, so results can
 * be bookmarked and shared, and it works without JavaScript.
 */
export async function SearchForm({
  basePath,
  queryLabel,
  query,
  children,
}: {
  basePath: string;
  queryLabel: string;
  query: string | undefined;
  /** Filter selects (FilterSelect). */
  children?: React.ReactNode;
}) {
  const t = await getTranslations("admin");
  return (
    <form
      method="get"
      action={basePath}
      role="search"
      aria-label={t("filters")}
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <div className="min-w-64 flex-1">
        <label htmlFor="admin-search-q" className="block text-sm font-medium text-slate-700">
          {queryLabel}
        </label>
        <Input
          id="admin-search-q"
          type="search"
          name="q"
          defaultValue={query ?? ""}
          className="text-sm"
        />
      </div>
      {children}
      <Button type="submit">{t("search")}</Button>
      <Link href={basePath} className="py-2 text-sm text-slate-600 hover:text-slate-900">
        {t("clear")}
      </Link>
    </form>
  );
}

/** A filter of the search form; the empty choice means "all". */
export async function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const t = await getTranslations("admin");
  const id = `admin-filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <Select id={id} name={name} defaultValue={value ?? ""} className="text-sm">
        <option value="">{t("all")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
