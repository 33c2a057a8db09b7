"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { recordSigningAction } from "@/app/requirements/[id]/contract-actions";
import {
  CONTRACT_LIMITS,
  SIGNED_DOCUMENT_ACCEPT,
  recordSigningSchema,
} from "@/lib/domain/contracts/contract.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { inputClass } from "@/components/ui/input";

/** The enterprise records the signed contract of the awarded requirement. */
export function SignContractForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("contract");
  const { form, fields, action, pending } = useActionForm(recordSigningAction, recordSigningSchema);
  return (
    <form
      {...getFormProps(form)}
      action={action}
      encType="multipart/form-data"
      aria-labelledby="sign-contract"
      className="space-y-3"
    >
      <h3 id="sign-contract" className="font-semibold">
        {t("signTitle")}
      </h3>
      <p className="text-xs text-slate-600">{t("signIntro")}</p>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <Field field={fields.contractNumber} label={t("contractNumber")}>
        <input
          {...getInputProps(fields.contractNumber, { type: "text" })}
          maxLength={CONTRACT_LIMITS.contractNumber}
          className={inputClass}
        />
      </Field>
      <Field field={fields.amountCny} label={t("amountCny")}>
        <input
          {...getInputProps(fields.amountCny, { type: "number" })}
          min={1}
          step={1}
          className={inputClass}
        />
      </Field>
      <Field field={fields.signedOn} label={t("signedOn")}>
        <input {...getInputProps(fields.signedOn, { type: "date" })} className={inputClass} />
      </Field>
      <Field field={fields.document} label={t("document")} hint={t("documentHint")}>
        <input
          {...getInputProps(fields.document, { type: "file" })}
          accept={SIGNED_DOCUMENT_ACCEPT}
          className="mt-1 text-sm file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-700"
        />
      </Field>
      <SubmitButton pending={pending} pendingText={t("working")}>
        {t("sign")}
      </SubmitButton>
    </form>
  );
}
