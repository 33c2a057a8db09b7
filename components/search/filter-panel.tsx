import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchForm } from "./search-form";
import { Button } from "@/components/ui/button";

/**
 * The filters: a sidebar on wide screens; on phones folded behind "筛选" (with how many are
 * active). One GET form with an apply button, so it works without JavaScript too.
 */
export async function FilterPanel({
  form,
  action,
  label,
  defaults,
  activeCount,
  open = false,
  children,
}: {
  form: string;
  action: string;
  label: string;
  defaults?: Record<string, string>;
  activeCount: number;
  /** Unfolded on phones too (e.g. to show a filter's error). */
  open?: boolean;
  children: React.ReactNode;
}) {
  const t = await getTranslations("search");
  return (
    <details
      open={open}
      // Always open on wide screens: the fold is for phones only (where a browser cannot open
      // it with CSS, the summary stays on wide screens too).
      className="group rounded-lg border border-slate-200 bg-white lg:[&::details-content]:[content-visibility:visible]"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-4 py-3 text-sm font-medium text-slate-800 supports-[selector(::details-content)]:lg:hidden [&::-webkit-details-marker]:hidden">
        <span className="flex items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-slate-500">
            <path d="M3 5h14v1.5H3zm3 4.25h8v1.5H6zm2.5 4.25h3V15h-3z" />
          </svg>
          {t("filters")}
          {activeCount > 0 && (
            <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
              {activeCount}
            </span>
          )}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4 fill-slate-500 transition group-open:rotate-180"
        >
          <path d="m5.5 7.5 4.5 4.5 4.5-4.5 1 1-5.5 5.5-5.5-5.5z" />
        </svg>
      </summary>
      <SearchForm
        id={form}
        action={action}
        label={label}
        defaults={defaults}
        className="space-y-5 border-t border-slate-200 p-4 supports-[selector(::details-content)]:lg:border-t-0"
      >
        {children}
        <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
          <Button type="submit">{t("apply")}</Button>
          <Link
            href={action}
            className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("clearAll")}
          </Link>
        </div>
      </SearchForm>
    </details>
  );
}
