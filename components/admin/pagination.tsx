import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the list's search and filters. */
export async function Pagination({
  basePath,
  params,
  page,
  pageCount,
  total,
}: {
  basePath: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  total: number;
}) {
  const t = await getTranslations("admin");
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const text = query.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";
  const disabled = "rounded-md border border-slate-200 px-3 py-1.5 text-slate-400";
  return (
    <nav
      aria-label={t("pagination")}
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-slate-600">{t("pageOf", { page, pageCount, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={link} rel="prev">
            {t("previous")}
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            {t("previous")}
          </span>
        )}
        {page < pageCount ? (
          <Link href={href(page + 1)} className={link} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span className={disabled} aria-disabled="true">
            {t("next")}
          </span>
        )}
      </div>
    </nav>
  );
}
