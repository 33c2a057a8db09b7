"use client";

import { getFormProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { reportRequirementAction } from "@/app/requirements/[id]/actions";
import { ReportReason } from "@/lib/generated/prisma/enums";
import { reportRequirementSchema } from "@/lib/domain/requirements/reports/report-requirement.schema";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDisclosure } from "@/components/forms/use-disclosure";
import { Select, Textarea } from "@/components/ui/input";

const DETAILS_MAX = 2000;

/** "Report": a small form (reason, details) behind a button; thanks the reporter once sent. */
export function ReportForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("moderation.reports");
  const tAdmin = useTranslations("admin");
  const { form, fields, action, pending, lastResult } = useActionForm(
    reportRequirementAction,
    reportRequirementSchema,
  );
  const { toggleProps, panelProps } = useDisclosure();
  if (lastResult?.status === "success") {
    return (
      <p role="status" className="text-sm text-emerald-700">
        {t("submitted")}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <button {...toggleProps} className={buttonClass("secondary")}>
        {t("report")}
      </button>
      <div {...panelProps}>
        <form
          {...getFormProps(form)}
          action={action}
          aria-label={t("reportTitle")}
          className="space-y-3 rounded-md bg-slate-50 p-4"
        >
          <FormAlert id={form.errorId} errors={form.errors} />
          <input type="hidden" name="requirementId" value={requirementId} />
          <Field field={fields.reason} label={t("reason")}>
            <Select {...getSelectProps(fields.reason)}>
              <option value="">{t("choose")}</option>
              {Object.values(ReportReason).map((reason) => (
                <option key={reason} value={reason}>
                  {t(`reasons.${reason}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field field={fields.details} label={t("details")} hint={t("detailsHint")}>
            <Textarea {...getTextareaProps(fields.details)} rows={3} maxLength={DETAILS_MAX} />
          </Field>
          <button type="submit" disabled={pending} className={buttonClass("danger")}>
            {pending ? tAdmin("working") : t("submit")}
          </button>
        </form>
      </div>
    </div>
  );
}
