import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/format/date-time";
import type { Locale } from "@/lib/i18n/config";
import type { OrganizationRequirementItem } from "@/lib/domain/requirements/authoring/list-organization-requirements";
import { DeadlineText } from "@/components/requirements/deadline-text";
import { ProjectNumber } from "@/components/requirements/project-number";
import { StatusBadge } from "@/components/requirements/status-badge";
import { requirementHref } from "./dashboard-href";

/** Statuses in which vendors have been able to send proposals. */
const RECEIVES_PROPOSALS = new Set(["PUBLISHED", "EVALUATING", "AWARDED", "CONTRACTED"]);

/** One requirement on the dashboard: what it is, where it stands, and when it closes. */
export async function RequirementRow({
  requirement: r,
}: {
  requirement: OrganizationRequirementItem;
}) {
  const [t, locale] = await Promise.all([
    getTranslations("authoring.dashboard"),
    getLocale() as Promise<Locale>,
  ]);
  const changesRequested = r.status === "DRAFT" ? r.statusReason : null;
  return (
    <article className="grid gap-3 px-4 py-4 sm:grid-cols-[1fr_auto] sm:gap-6 sm:px-5">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={r.status} />
          {changesRequested && (
            <span className="inline-flex rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-900">
              {t("changesRequested")}
            </span>
          )}
          <span className="text-xs">
            <ProjectNumber number={r.projectNumber} />
          </span>
        </div>
        <h3 className="mt-1.5 font-medium leading-snug text-slate-900">
          <Link
            href={requirementHref(r)}
            className="hover:text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {r.title}
          </Link>
        </h3>
        {changesRequested && (
          <p className="mt-1 line-clamp-2 text-sm text-amber-800">
            {t("changesRequestedReason", { reason: changesRequested })}
          </p>
        )}
        <p className="mt-1 text-xs text-slate-500">
          <time dateTime={r.updatedAt.toISOString()}>
            {t("updatedAt", {
              date: formatInstant(r.updatedAt, locale, "dateTime"),
            })}
          </time>
          {r.createdBy && (
            <>
              <span aria-hidden> · </span>
              {t("createdBy", { name: r.createdBy.name })}
            </>
          )}
        </p>
      </div>
      <div className="space-y-1 text-sm sm:min-w-56 sm:text-right">
        <dl className="flex flex-wrap gap-x-2 sm:block">
          <dt className="text-xs text-slate-500">{t("deadline")}</dt>
          <dd className="text-slate-800">
            <DeadlineText deadline={r.deadline} />
          </dd>
        </dl>
        {RECEIVES_PROPOSALS.has(r.status) && (
          <p className="text-slate-600">
            {t("proposals", { count: r.proposalCount })}
            {r.unansweredQuestionCount > 0 && (
              <span className="ml-2 text-amber-700">
                {t("unansweredQuestions", { count: r.unansweredQuestionCount })}
              </span>
            )}
          </p>
        )}
      </div>
    </article>
  );
}
