import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FilterChip } from "./filter-chips";

/** The search's words and filters as chips; each links to the same search without it. */
export async function ActiveFilters({
  chips,
  clearHref,
}: {
  chips: FilterChip[];
  clearHref: string;
}) {
  const t = await getTranslations("search");
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label={t("activeFilters")} className="flex max-w-full flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="max-w-full">
            <Link
              href={chip.href}
              scroll={false}
              aria-label={t("removeFilter", { label: chip.label })}
              className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-brand-100 bg-brand-50 py-1 pr-2 pl-3 text-sm text-brand-800 hover:border-brand-600/40 hover:bg-brand-100"
            >
              <span className="min-w-0 wrap-anywhere">{chip.label}</span>
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className="h-3.5 w-3.5 shrink-0 fill-current"
              >
                <path d="m4.6 3.5 3.4 3.4 3.4-3.4 1.1 1.1L9.1 8l3.4 3.4-1.1 1.1L8 9.1l-3.4 3.4-1.1-1.1L6.9 8 3.5 4.6z" />
              </svg>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link href={clearHref} scroll={false} className="text-sm text-slate-600 hover:underline">
          {t("clearAll")}
        </Link>
      )}
    </div>
  );
}
