"use client";

import { useTranslations } from "next-intl";
import { decideVerificationAction } from "@/app/admin/verifications/actions";
import { decideVerificationSchema } from "@/lib/domain/verification/decide-verification.schema";
import { DecisionForms } from "./decision-forms";

/** Approve at once, or open the rejection form below, whose reason is required. */
export function DecideVerificationForms({ requestId }: { requestId: string }) {
  const t = useTranslations("admin.verifications");
  const common = { action: decideVerificationAction, schema: decideVerificationSchema };
  return (
    <div className="mt-4 border-t border-slate-100 pt-4">
      <DecisionForms
        decisions={[
          {
            ...common,
            name: "approve",
            label: t("approve"),
            tone: "primary",
            hidden: { decision: "approve", requestId },
          },
          {
            ...common,
            name: "reject",
            label: t("reject"),
            tone: "secondary",
            hidden: { decision: "reject", requestId },
            confirm: {
              reason: { label: t("rejectReason"), hint: t("rejectHint") },
              submitLabel: t("rejectSubmit"),
              submitTone: "danger",
            },
          },
        ]}
      />
    </div>
  );
}
