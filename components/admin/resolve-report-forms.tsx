"use client";

import { useTranslations } from "next-intl";
import { resolveReportAction } from "@/app/admin/reports/actions";
import { resolveReportSchema } from "@/lib/domain/requirements/reports/resolve-report.schema";
import { DecisionForms, type Decision } from "./decision-forms";

const RESOLUTION_MAX = 1000;

/** Close an open report: acted on, or unfounded; either way with a resolution note. */
export function ResolveReportForms({ reportId }: { reportId: string }) {
  const t = useTranslations("moderation.reports");
  const decision = (outcome: "RESOLVED" | "DISMISSED"): Decision => {
    const key = outcome === "RESOLVED" ? "resolve" : "dismiss";
    return {
      name: key,
      label: t(key),
      tone: outcome === "RESOLVED" ? "primary" : "secondary",
      action: resolveReportAction,
      schema: resolveReportSchema,
      hidden: { reportId, outcome },
      confirm: {
        reason: {
          name: "resolution",
          label: t("resolution"),
          hint: t("resolutionHint"),
          maxLength: RESOLUTION_MAX,
        },
        submitLabel: t(`${key}Submit`),
        submitTone: "primary",
      },
    };
  };
  return <DecisionForms decisions={[decision("RESOLVED"), decision("DISMISSED")]} />;
}
