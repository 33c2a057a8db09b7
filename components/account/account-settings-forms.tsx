"use client";

import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import {
  changePasswordAction,
  requestEmailChangeAction,
  signOutEverywhereAction,
  updateAccountProfileAction,
} from "@/app/account/actions";
import {
  changePasswordSchema,
  requestEmailChangeSchema,
  updateAccountProfileSchema,
} from "@/lib/domain/accounts/account-settings.schema";
import { locales } from "@/lib/i18n/config";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm } from "@/components/members/action-form";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";

function Saved({ text }: { text: string }) {
  return (
    <p role="status" className="text-sm text-emerald-700">
      {text}
    </p>
  );
}

function Submit({ pending, label }: { pending: boolean; label: string }) {
  const t = useTranslations("auth");
  return (
    <button type="submit" disabled={pending} className={buttonClass("primary", "medium")}>
      {pending ? t("submitting") : label}
    </button>
  );
}

export function ProfileForm({ name, locale }: { name: string; locale: string }) {
  const t = useTranslations("account");
  const { form, fields, action, pending, lastResult } = useActionForm(
    updateAccountProfileAction,
    updateAccountProfileSchema,
    { name, locale },
  );
  return (
    <form {...getFormProps(form)} action={action} className="max-w-md space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <Field field={fields.name} label={t("nameLabel")}>
        <Input
          {...getInputProps(fields.name, { type: "text" })}
          maxLength={50}
          autoComplete="name"
        />
      </Field>
      <Field field={fields.locale} label={t("localeLabel")} hint={t("localeHint")}>
        <Select {...getSelectProps(fields.locale)}>
          {locales.map((option) => (
            <option key={option} value={option}>
              {t(`locale.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Submit pending={pending} label={t("save")} />
      {lastResult?.status === "success" && <Saved text={t("profileSaved")} />}
    </form>
  );
}

function CurrentPasswordField({ field }: { field: Parameters<typeof Field>[0]["field"] }) {
  const t = useTranslations("account");
  return (
    <Field field={field} label={t("currentPassword")}>
      <Input {...getInputProps(field, { type: "password" })} autoComplete="current-password" />
    </Field>
  );
}

export function ChangeEmailForm() {
  const t = useTranslations("account");
  const { form, fields, action, pending, lastResult } = useActionForm(
    requestEmailChangeAction,
    requestEmailChangeSchema,
  );
  return (
    <form {...getFormProps(form)} action={action} className="max-w-md space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <Field field={fields.newEmail} label={t("newEmail")} hint={t("newEmailHint")}>
        <Input {...getInputProps(fields.newEmail, { type: "email" })} autoComplete="email" />
      </Field>
      <CurrentPasswordField field={fields.currentPassword} />
      <Submit pending={pending} label={t("changeEmail")} />
      {lastResult?.status === "success" && <Saved text={t("emailChangeSent")} />}
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  const { form, fields, action, pending, lastResult } = useActionForm(
    changePasswordAction,
    changePasswordSchema,
  );
  return (
    <form {...getFormProps(form)} action={action} className="max-w-md space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <CurrentPasswordField field={fields.currentPassword} />
      <NewPasswordFields
        password={fields.password}
        confirmation={fields.passwordConfirmation}
        labels={{
          password: ta("newPassword"),
          hint: ta("passwordHint"),
          confirmation: ta("passwordConfirmation"),
        }}
      />
      <p className="text-xs text-slate-500">{t("passwordNote")}</p>
      <Submit pending={pending} label={t("changePassword")} />
      {lastResult?.status === "success" && <Saved text={t("passwordChanged")} />}
    </form>
  );
}

export function SignOutEverywhereForm() {
  const t = useTranslations("account");
  const ta = useTranslations("auth");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("sessionsText")}</p>
      <div className="max-w-md">
        <ActionForm
          action={signOutEverywhereAction}
          hidden={{}}
          label={t("signOutEverywhere")}
          pendingLabel={ta("submitting")}
          tone="danger"
        />
      </div>
    </div>
  );
}
