import Link from "next/link";
import { getTranslations } from "next-intl/server";

const linkClass =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50";

/** Previous / next links around "page n of m"; nothing when everything fits on one page. */
export async function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("authoring.dashboard");
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600" aria-current="page">
        {t("pageOf", { page, count: pageCount })}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
