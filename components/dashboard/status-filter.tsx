import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { DASHBOARD_STATUS_ORDER } from "@/lib/domain/requirements/authoring/list-organization-requirements";
import { dashboardHref } from "./dashboard-href";

/**
 * The count of requirements in each status, as links that filter the list ("all" first). A
 * status with none is left out unless it is the current filter.
 */
export async function StatusFilter({
  counts,
  total,
  active,
}: {
  counts: Record<RequirementStatus, number>;
  total: number;
  active: RequirementStatus | null;
}) {
  const [t, tStatus] = await Promise.all([
    getTranslations("authoring.dashboard"),
    getTranslations("status"),
  ]);
  const options = [
    { status: null, label: t("all"), count: total },
    ...DASHBOARD_STATUS_ORDER.filter((status) => counts[status] > 0 || status === active).map(
      (status) => ({ status, label: tStatus(status), count: counts[status] }),
    ),
  ];
  return (
    <nav aria-label={t("filterLabel")}>
      <ul className="flex flex-wrap gap-2">
        {options.map(({ status, label, count }) => {
          const current = status === active;
          return (
            <li key={status ?? "all"}>
              <Link
                href={dashboardHref({ status })}
                aria-current={current ? "page" : undefined}
                className={`inline-flex items-center gap-2 rounded-full border px-3.5 py-1.5 text-sm font-medium transition-colors ${
                  current
                    ? "border-brand-600 bg-brand-600 text-white"
                    : "border-slate-200 bg-white text-slate-700 hover:border-brand-300 hover:text-brand-700"
                }`}
              >
                {label}
                <span
                  className={`min-w-6 rounded-full px-1.5 text-center text-xs tabular-nums ${
                    current ? "bg-white/20 text-white" : "bg-slate-100 text-slate-600"
                  }`}
                >
                  {count}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
