"use client";

import { getFormProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { inviteVendorAction } from "@/app/requirements/[id]/matching-actions";
import {
  INVITATION_MESSAGE_MAX,
  inviteVendorSchema,
} from "@/lib/domain/bid-invitations/bid-invitation.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";

/** "邀请投标", opening a short form with an optional message to the vendor. */
export function InviteVendorForm({
  requirementId,
  vendor,
}: {
  requirementId: string;
  vendor: { id: string; name: string };
}) {
  const t = useTranslations("matching.vendors");
  const { form, fields, action, pending } = useActionForm(inviteVendorAction, inviteVendorSchema);
  return (
    <details className="group">
      <summary className={`${buttonClass("secondary")} list-none`}>{t("invite")}</summary>
      <form
        {...getFormProps(form)}
        action={action}
        aria-label={t("inviteTitle", { vendor: vendor.name })}
        className="mt-3 space-y-3"
      >
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="requirementId" value={requirementId} />
        <input type="hidden" name="vendorId" value={vendor.id} />
        <Field field={fields.message} label={t("message")} hint={t("messageHint")}>
          <textarea
            {...getTextareaProps(fields.message)}
            rows={3}
            maxLength={INVITATION_MESSAGE_MAX}
            className={inputClass}
          />
        </Field>
        <div className="w-full sm:w-auto sm:max-w-48">
          <SubmitButton pending={pending} pendingText={t("sending")}>
            {t("send")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
