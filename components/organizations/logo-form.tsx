"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { setLogoAction } from "@/app/organization/actions";
import { organizationLogoSchema } from "@/lib/domain/organizations/set-organization-logo.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";
import { SavedNote } from "./saved-note";

/** Upload a new logo; the current one is shown beside the form by the page. */
export function LogoForm() {
  const t = useTranslations("profile");
  const { form, fields, action, pending, lastResult } = useActionForm(
    setLogoAction,
    organizationLogoSchema,
  );
  return (
    <form {...getFormProps(form)} action={action} className="space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <Field field={fields.logo} label={t("logoFile")} hint={t("logoHint")}>
        <Input
          {...getInputProps(fields.logo, { type: "file" })}
          accept="image/png,image/jpeg,image/webp"
          className="file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-700"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <div className="w-40">
          <SubmitButton pending={pending} pendingText={t("uploading")}>
            {t("uploadLogo")}
          </SubmitButton>
        </div>
        <SavedNote result={lastResult} text={t("logoSaved")} />
      </div>
    </form>
  );
}
