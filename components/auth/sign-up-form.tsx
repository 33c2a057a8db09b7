"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { signUpAction } from "@/app/(auth)/sign-up/actions";
import { registerAccountSchema } from "@/lib/domain/accounts/register-account.schema";
import { Field, FieldErrors } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";

export function SignUpForm() {
  const t = useTranslations("auth");
  const { form, fields, action, pending } = useActionForm(signUpAction, registerAccountSchema);
  const kind = fields.kind;
  return (
    <form {...getFormProps(form)} action={action} className="space-y-5">
      <FormAlert id={form.errorId} errors={form.errors} />
      <fieldset aria-describedby={kind.errors ? kind.errorId : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("kind")}</legend>
        <div className="mt-2 space-y-2">
          {(["ENTERPRISE", "VENDOR"] as const).map((value) => (
            <label
              key={value}
              className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name={kind.name}
                value={value}
                defaultChecked={kind.initialValue === value}
              />
              {value === "ENTERPRISE" ? t("kindEnterprise") : t("kindVendor")}
            </label>
          ))}
        </div>
        <FieldErrors field={kind} />
      </fieldset>
      <Field
        field={fields.organizationName}
        label={t("organizationName")}
        hint={t("organizationNameHint")}
      >
        <Input
          {...getInputProps(fields.organizationName, { type: "text" })}
          autoComplete="organization"
        />
      </Field>
      <Field field={fields.name} label={t("name")}>
        <Input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" />
      </Field>
      <Field field={fields.email} label={t("email")}>
        <Input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
      </Field>
      <NewPasswordFields
        password={fields.password}
        confirmation={fields.passwordConfirmation}
        labels={{
          password: t("password"),
          hint: t("passwordHint"),
          confirmation: t("passwordConfirmation"),
        }}
      />
      <SubmitButton pending={pending} pendingText={t("submitting")}>
        {t("signUp")}
      </SubmitButton>
    </form>
  );
}
