import { LazyReportForm } from "@/components/forms/lazy-forms";
import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";

/** Where a signed-in reader flags a listing to the platform. */
export async function ReportPanel({ requirementId }: { requirementId: string }) {
  const t = await getTranslations("moderation.reports");
  return (
    <Panel id="report" title={t("reportTitle")}>
      <LazyReportForm requirementId={requirementId} />
    </Panel>
  );
}
