import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { ReportForm } from "./report-form";

/** Where a signed-in reader flags a listing to the platform. */
export async function ReportPanel({ requirementId }: { requirementId: string }) {
  const t = await getTranslations("moderation.reports");
  return (
    <Panel id="report" title={t("reportTitle")}>
      <ReportForm requirementId={requirementId} />
    </Panel>
  );
}
