"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { addCertificationAction } from "@/app/organization/actions";
import { certificationSchema } from "@/lib/domain/organizations/certification.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";
import { SavedNote } from "./saved-note";

/** Adds a certification (name, optional issuer and validity). */
export function CertificationForm() {
  const t = useTranslations("profile");
  const { form, fields, action, pending, lastResult } = useActionForm(
    addCertificationAction,
    certificationSchema,
  );
  return (
    <form {...getFormProps(form)} action={action} className="space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field field={fields.name} label={t("certName")}>
          <Input {...getInputProps(fields.name, { type: "text" })} />
        </Field>
        <Field field={fields.issuer} label={t("certIssuer")}>
          <Input {...getInputProps(fields.issuer, { type: "text" })} />
        </Field>
        <Field field={fields.validUntil} label={t("certValidUntil")}>
          <Input {...getInputProps(fields.validUntil, { type: "date" })} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <div className="w-40">
          <SubmitButton pending={pending} pendingText={t("saving")}>
            {t("addCertification")}
          </SubmitButton>
        </div>
        <SavedNote result={lastResult} text={t("certificationAdded")} />
      </div>
    </form>
  );
}
