"use client";

import Link from "next/link";
import { useActionState } from "react";
import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import {
  confirmEmailAction,
  requestPasswordResetAction,
  resendConfirmationAction,
  resetPasswordAction,
} from "@/app/(auth)/actions";
import { resetPasswordSchema } from "@/lib/domain/accounts/reset-password.schema";
import { emailAddress } from "@/lib/validation/fields";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";

const emailForm = z.object({ email: emailAddress() });

function Success({ text, signIn }: { text: string; signIn?: boolean }) {
  const t = useTranslations("auth");
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
    >
      <p>{text}</p>
      {signIn && (
        <Link
          href="/sign-in"
          className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {t("signIn")}
        </Link>
      )}
    </div>
  );
}

/** One email field: resend the confirmation, or ask for a password reset link. */
export function EmailRequestForm({
  purpose,
  email,
}: {
  purpose: "resend" | "reset";
  email?: string;
}) {
  const t = useTranslations("auth");
  const { form, fields, action, pending, lastResult } = useActionForm(
    purpose === "resend" ? resendConfirmationAction : requestPasswordResetAction,
    emailForm,
    { email },
  );
  if (lastResult?.status === "success")
    return <Success text={purpose === "resend" ? t("resent") : t("forgotSent")} />;
  return (
    <form {...getFormProps(form)} action={action} className="space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <Field field={fields.email} label={t("email")}>
        <Input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" />
      </Field>
      <SubmitButton pending={pending} pendingText={t("submitting")}>
        {purpose === "resend" ? t("resend") : t("forgotButton")}
      </SubmitButton>
    </form>
  );
}

/** A button that confirms the address (a POST, so that link scanners cannot use up the token). */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [lastResult, action] = useActionState(confirmEmailAction, undefined);
  if (lastResult?.status === "success") return <Success text={t("confirmedDone")} signIn />;
  return (
    <form action={action} className="space-y-4">
      <FormAlert errors={lastResult?.error?.[""] ?? undefined} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText={t("submitting")}>{t("confirmButton")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const { form, fields, action, pending, lastResult } = useActionForm(
    resetPasswordAction,
    resetPasswordSchema,
    {
      token,
    },
  );
  if (lastResult?.status === "success") return <Success text={t("resetDone")} signIn />;
  return (
    <form {...getFormProps(form)} action={action} className="space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <input {...getInputProps(fields.token, { type: "hidden" })} />
      <NewPasswordFields
        password={fields.password}
        confirmation={fields.passwordConfirmation}
        labels={{
          password: t("newPassword"),
          hint: t("passwordHint"),
          confirmation: t("passwordConfirmation"),
        }}
      />
      <SubmitButton pending={pending} pendingText={t("submitting")}>
        {t("resetButton")}
      </SubmitButton>
    </form>
  );
}
