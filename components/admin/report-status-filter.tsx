import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReportStatus } from "@/lib/generated/prisma/enums";

/** Links between the open reports and the handled ones; the current choice is marked. */
export async function ReportStatusFilter({ current }: { current: ReportStatus }) {
  const t = await getTranslations("moderation.reports");
  return (
    <nav aria-label={t("filter")} className="mb-4">
      <ul className="inline-flex rounded-md border border-slate-300 text-sm">
        {Object.values(ReportStatus).map((status) => (
          <li key={status} className="border-l border-slate-300 first:border-l-0">
            <Link
              href={status === "OPEN" ? "/admin/reports" : `/admin/reports?status=${status}`}
              aria-current={status === current ? "page" : undefined}
              className={`inline-block px-3 py-1.5 ${status === current ? "bg-brand-50 font-medium text-brand-800" : "text-slate-600 hover:bg-slate-50"}`}
            >
              {t(`statuses.${status}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
