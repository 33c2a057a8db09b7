"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { requestVerificationAction } from "@/app/organization/verification/actions";
import {
  LICENSE_ACCEPT,
  requestVerificationSchema,
} from "@/lib/domain/verification/request-verification.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

/** The owner's request: the business licence file; the type is checked on the server by bytes. */
export function RequestVerificationForm() {
  const t = useTranslations("verification");
  const { form, fields, action, pending, lastResult } = useActionForm(
    requestVerificationAction,
    requestVerificationSchema,
  );
  return (
    <form
      {...getFormProps(form)}
      action={action}
      encType="multipart/form-data"
      className="max-w-xl space-y-4"
    >
      <FormAlert id={form.errorId} errors={form.errors} />
      <Field field={fields.license} label={t("licence")}>
        <input
          {...getInputProps(fields.license, { type: "file" })}
          accept={LICENSE_ACCEPT}
          className="mt-1 block w-full text-sm text-slate-700 file:mr-4 file:rounded-md file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-medium file:text-brand-800 hover:file:bg-brand-100"
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      {lastResult?.status === "success" && (
        <p role="status" className="text-sm text-emerald-700">
          {t("submitted")}
        </p>
      )}
    </form>
  );
}
