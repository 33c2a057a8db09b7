import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { VendorFilters } from "@/lib/domain/organizations/list-vendors.schema";
import { vendorsHref } from "./vendors-href";

/** Previous / "page x of y" / next, keeping the filters. */
export async function PageLinks({
  filters,
  page,
  pageCount,
}: {
  filters: VendorFilters;
  page: number;
  pageCount: number;
}) {
  const t = await getTranslations("vendors");
  if (pageCount <= 1) return null;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={vendorsHref(filters, page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span className={`${link} text-slate-400`} aria-hidden="true">
          {t("previous")}
        </span>
      )}
      <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={vendorsHref(filters, page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span className={`${link} text-slate-400`} aria-hidden="true">
          {t("next")}
        </span>
      )}
    </nav>
  );
}
