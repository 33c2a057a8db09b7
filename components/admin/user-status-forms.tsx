"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { reactivateUserAction, suspendUserAction } from "@/app/admin/users/actions";
import { userStatusChangeSchema } from "@/lib/domain/admin/user-status-change.schema";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { ReasonField } from "./reason-field";

/** Suspend (with an optional reason, in a disclosure) or reactivate one user. */
export function UserStatusForms({
  userId,
  name,
  status,
}: {
  userId: string;
  name: string;
  status: UserStatus;
}) {
  const t = useTranslations("admin");
  const action = status === "ACTIVE" ? suspendUserAction : reactivateUserAction;
  const { form, fields, action: submit, pending } = useActionForm(action, userStatusChangeSchema);
  const submitButton = (label: string, tone: "danger" | "secondary") => (
    <button type="submit" disabled={pending} className={buttonClass(tone)}>
      {pending ? t("working") : label}
    </button>
  );
  const formContent = (
    <>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="userId" value={userId} />
    </>
  );
  if (status === "SUSPENDED") {
    return (
      <form {...getFormProps(form)} action={submit} className="space-y-2 text-right">
        {formContent}
        {submitButton(t("users.reactivate"), "secondary")}
      </form>
    );
  }
  return (
    <details className="group text-right">
      <summary className={`${buttonClass("secondary")} list-none`}>{t("users.suspend")}</summary>
      <form
        {...getFormProps(form)}
        action={submit}
        aria-label={t("users.suspendTitle", { name })}
        className="mt-3 w-72 space-y-3 text-left"
      >
        {formContent}
        <ReasonField
          field={fields.reason}
          label={t("users.suspendReason")}
          hint={t("users.suspendHint")}
        />
        {submitButton(t("users.suspendSubmit"), "danger")}
      </form>
    </details>
  );
}
