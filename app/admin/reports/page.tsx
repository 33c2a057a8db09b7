import { getTranslations } from "next-intl/server";
import { ReportStatus } from "@/lib/generated/prisma/enums";
import { listReports } from "@/lib/domain/requirements/reports/list-reports";
import { Panel } from "@/components/ui/panel";
import { DoneNotice } from "@/components/admin/done-notice";
import { choiceParam, optionalChoiceParam, readUrlParam } from "@/lib/http/url-params";
import { ReportCard } from "@/components/admin/report-card";
import { ReportStatusFilter } from "@/components/admin/report-status-filter";
import { requireAdminPage } from "../require-admin-page";

const STATUSES = Object.values(ReportStatus) as [ReportStatus, ...ReportStatus[]];

export default async function ReportQueuePage({ searchParams }: PageProps<"/admin/reports">) {
  const admin = await requireAdminPage("/admin/reports");
  const params = await searchParams;
  const status = readUrlParam(choiceParam(STATUSES, "OPEN"), params.status);
  const [t, list] = await Promise.all([
    getTranslations("moderation.reports"),
    listReports(admin, { status }),
  ]);
  const outcome = readUrlParam(optionalChoiceParam(["RESOLVED", "DISMISSED"]), params.done);
  const open = status === "OPEN";
  return (
    <Panel id="reports" title={t("heading", { status, count: list.total })}>
      <DoneNotice className="mb-4" text={outcome && t(`done.${outcome}`)} />
      <ReportStatusFilter current={status} />
      <p className="mb-4 text-sm text-slate-600">{open ? t("intro") : t("handledIntro")}</p>
      {list.reports.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">
          {open ? t("empty") : t("emptyHandled")}
        </p>
      ) : (
        <ol className="space-y-4">
          {list.reports.map((report) => (
            <li key={report.id}>
              <ReportCard report={report} />
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
