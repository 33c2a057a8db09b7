"use client";

import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { changeDeadlinesAction } from "@/app/requirements/[id]/actions";
import { changeDeadlinesSchema } from "@/lib/domain/requirements/deadlines/change-deadlines.schema";
import { REASON_MAX } from "@/lib/domain/requirements/transitions/transition.schema";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/forms/field";
import { Input, Textarea } from "@/components/ui/input";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDisclosure } from "@/components/forms/use-disclosure";
import { SavedNote } from "@/components/organizations/saved-note";

/** The owner moves the deadlines (Beijing time) with a reason published as a change notice. */
export function ChangeDeadlinesForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("clarifications.deadlines");
  const { form, fields, action, pending, lastResult } = useActionForm(
    changeDeadlinesAction,
    changeDeadlinesSchema,
  );
  const { toggleProps, panelProps } = useDisclosure();
  return (
    <div className="space-y-3">
      <button {...toggleProps} className={buttonClass("secondary")}>
        {t("open")}
      </button>
      <SavedNote result={lastResult} text={t("done")} />
      <div {...panelProps}>
        <form
          {...getFormProps(form)}
          action={action}
          aria-label={t("changeTitle")}
          className="space-y-3 rounded-md bg-slate-50 p-4"
        >
          <FormAlert id={form.errorId} errors={form.errors} />
          <p className="text-xs text-slate-600">{t("hint")}</p>
          <input type="hidden" name="requirementId" value={requirementId} />
          <Field field={fields.deadline} label={t("deadline")}>
            <Input {...getInputProps(fields.deadline, { type: "datetime-local" })} />
          </Field>
          <Field field={fields.questionDeadline} label={t("questionDeadline")}>
            <Input {...getInputProps(fields.questionDeadline, { type: "datetime-local" })} />
          </Field>
          <Field field={fields.reason} label={t("reason")} hint={t("reasonHint")}>
            <Textarea {...getTextareaProps(fields.reason)} rows={3} maxLength={REASON_MAX} />
          </Field>
          <SubmitButton pending={pending} pendingText={t("working")}>
            {t("submit")}
          </SubmitButton>
        </form>
      </div>
    </div>
  );
}
