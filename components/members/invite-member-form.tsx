"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/app/organization/members/actions";
import { inviteMemberSchema } from "@/lib/domain/members/invite-member.schema";
import { FieldErrors } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";
import { buttonClass } from "@/components/ui/button";

function SendButton({ pending }: { pending: boolean }) {
  const t = useTranslations("members");
  return (
    <button
      type="submit"
      disabled={pending}
      className={`${buttonClass("primary", "medium")} shrink-0 sm:mt-1`}
    >
      {pending ? t("sending") : t("inviteButton")}
    </button>
  );
}

/** The owner's invitation form: one email address; the link is emailed. */
export function InviteMemberForm() {
  const t = useTranslations("members");
  const { form, fields, action, pending, lastResult } = useActionForm(
    inviteMemberAction,
    inviteMemberSchema,
  );
  const email = fields.email;
  return (
    <form {...getFormProps(form)} action={action} className="space-y-3">
      <FormAlert id={form.errorId} errors={form.errors} />
      <label htmlFor={email.id} className="block text-sm font-medium text-slate-700">
        {t("inviteEmail")}
      </label>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="w-full sm:max-w-sm">
          <Input
            {...getInputProps(email, { type: "email" })}
            autoComplete="off"
            placeholder="name@company.com"
          />
        </div>
        <SendButton pending={pending} />
      </div>
      <FieldErrors field={email} />
      {lastResult?.status === "success" && (
        <p role="status" className="text-sm text-emerald-700">
          {t("inviteSent")}
        </p>
      )}
    </form>
  );
}
