"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { signUpWithInvitationAction } from "@/app/invitations/[token]/actions";
import { signUpWithInvitationSchema } from "@/lib/domain/members/accept-invitation.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";

/** A visitor creates their account on the way: the email is the invited one and is not asked. */
export function SignUpWithInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("members");
  const { form, fields, action, pending } = useActionForm(
    signUpWithInvitationAction,
    signUpWithInvitationSchema,
    { token },
  );
  return (
    <form {...getFormProps(form)} action={action} className="space-y-5">
      <FormAlert id={form.errorId} errors={form.errors} />
      <input {...getInputProps(fields.token, { type: "hidden" })} />
      <div>
        <p className="block text-sm font-medium text-slate-700">{t("signInEmail")}</p>
        <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 text-slate-900">{email}</p>
        {/* Lets password managers save the new credentials under the right address. */}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      </div>
      <Field field={fields.name} label={t("name")}>
        <Input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" />
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
      <SubmitButton pending={pending} pendingText={t("working")}>
        {t("signUpButton")}
      </SubmitButton>
    </form>
  );
}
