"use client";

import { getFormProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { recordCompletionAction } from "@/app/requirements/[id]/contract-actions";
import { CONTRACT_LIMITS, recordCompletionSchema } from "@/lib/domain/contracts/contract.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { inputClass } from "@/components/ui/input";

const RATINGS = [5, 4, 3, 2, 1] as const;

/** The enterprise accepts the delivery (验收) and rates the vendor 1–5. */
export function CompleteContractForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("contract");
  const { form, fields, action, pending } = useActionForm(
    recordCompletionAction,
    recordCompletionSchema,
  );
  return (
    <form
      {...getFormProps(form)}
      action={action}
      aria-labelledby="complete-contract"
      className="space-y-3"
    >
      <h3 id="complete-contract" className="font-semibold">
        {t("completeTitle")}
      </h3>
      <p className="text-xs text-slate-600">{t("completeIntro")}</p>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <Field field={fields.acceptanceNotes} label={t("acceptanceNotes")}>
        <textarea
          {...getTextareaProps(fields.acceptanceNotes)}
          rows={4}
          maxLength={CONTRACT_LIMITS.acceptanceNotes}
          className={inputClass}
        />
      </Field>
      <Field field={fields.rating} label={t("rating")}>
        <select {...getSelectProps(fields.rating)} className={inputClass}>
          <option value="">{t("chooseRating")}</option>
          {RATINGS.map((rating) => (
            <option key={rating} value={rating}>
              {t("ratingOption", { rating })}
            </option>
          ))}
        </select>
      </Field>
      <Field field={fields.ratingComment} label={t("ratingComment")}>
        <textarea
          {...getTextareaProps(fields.ratingComment)}
          rows={3}
          maxLength={CONTRACT_LIMITS.ratingComment}
          className={inputClass}
        />
      </Field>
      <SubmitButton pending={pending} pendingText={t("working")}>
        {t("complete")}
      </SubmitButton>
    </form>
  );
}
