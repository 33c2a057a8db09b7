import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Keyset paging goes forward only: the next page, and back to the first from a later one. */
export async function ResultPager({
  firstHref,
  nextHref,
}: {
  firstHref: string | null;
  nextHref: string | null;
}) {
  const t = await getTranslations("search");
  if (!firstHref && !nextHref) return null;
  const link =
    "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:border-brand-600/40 hover:text-brand-700";
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4">
      {firstHref ? (
        <Link href={firstHref} className={link}>
          {t("firstPage")}
        </Link>
      ) : (
        <span />
      )}
      {nextHref && (
        <Link href={nextHref} rel="next" className={link}>
          {t("nextPage")} →
        </Link>
      )}
    </nav>
  );
}
