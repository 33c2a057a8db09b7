import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportListItem } from "@/lib/domain/requirements/reports/list-reports";
import { StatusBadge } from "@/components/requirements/status-badge";
import { ResolveReportForms } from "./resolve-report-forms";
import { WaitingTime } from "./waiting-time";

/** One report: the requirement, why and by whom; an open one with its resolve forms. */
export async function ReportCard({ report }: { report: ReportListItem }) {
  const [t, separators, format] = await Promise.all([
    getTranslations("moderation.reports"),
    getTranslations("listSeparators"),
    getFormatter(),
  ]);
  const time = (instant: Date) =>
    format.dateTime(instant, { dateStyle: "medium", timeStyle: "short" });
  const { requirement, reporter } = report;
  const facts: [string, React.ReactNode][] = [
    [t("reporter"), reporter ? `${reporter.name} <${reporter.email}>` : "—"],
    [t("reportedAt"), time(report.createdAt)],
  ];
  if (report.resolvedAt) facts.push([t("handledAt"), time(report.resolvedAt)]);
  return (
    <article
      aria-labelledby={`report-${report.id}`}
      className="rounded-md border border-slate-200 p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm">
            <span className="text-slate-500">{t("reason")}</span>{" "}
            <span className="font-medium text-rose-800">{t(`reasons.${report.reason}`)}</span>
          </p>
          <h3 id={`report-${report.id}`} className="mt-1 font-semibold text-slate-900">
            <span className="sr-only">
              {t("requirement")}
              {separators("labelValue")}
            </span>
            <Link
              href={`/requirements/${requirement.id}`}
              className="hover:text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {requirement.title}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <StatusBadge status={requirement.status} />
            <span>{requirement.organization.name}</span>
          </p>
        </div>
        {report.status === "OPEN" && <WaitingTime waitingMs={report.waitingMs} />}
      </div>
      {report.details && (
        <blockquote className="mt-3 border-l-2 border-slate-200 pl-3 text-sm whitespace-pre-line text-slate-700">
          <span className="sr-only">
            {t("details")}
            {separators("labelValue")}
          </span>
          {report.details}
        </blockquote>
      )}
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="shrink-0 text-slate-500">{label}</dt>
            <dd className="min-w-0 break-words text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      {report.status === "OPEN" ? (
        <div className="mt-4 border-t border-slate-100 pt-4">
          <ResolveReportForms reportId={report.id} />
        </div>
      ) : (
        <HandledNote report={report} />
      )}
    </article>
  );
}

/** How a handled report was closed, and by whom. */
async function HandledNote({ report }: { report: ReportListItem }) {
  const t = await getTranslations("moderation.reports");
  return (
    <div className="mt-4 rounded-md bg-slate-50 p-3 text-sm">
      <p className="font-medium text-slate-800">
        {t(`statuses.${report.status}`)}
        {report.resolvedBy && (
          <span className="ml-2 font-normal text-slate-600">
            {t("resolvedBy", { name: report.resolvedBy.name })}
          </span>
        )}
      </p>
      {report.resolution && (
        <>
          <h4 className="mt-2 text-slate-500">{t("resolution")}</h4>
          <p className="whitespace-pre-line text-slate-700">{report.resolution}</p>
        </>
      )}
    </div>
  );
}
