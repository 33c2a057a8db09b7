"use client";

import { useId, useState } from "react";
import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { decideVerificationAction } from "@/app/admin/verifications/actions";
import { decideVerificationSchema } from "@/lib/domain/verification/decide-verification.schema";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "./button-class";
import { ReasonField } from "./reason-field";

/** Approve at once, or open the rejection form below, whose reason is required. */
export function DecideVerificationForms({ requestId }: { requestId: string }) {
  const t = useTranslations("admin");
  const approval = useActionForm(decideVerificationAction, decideVerificationSchema);
  const rejection = useActionForm(decideVerificationAction, decideVerificationSchema);
  const [rejecting, setRejecting] = useState(false);
  const rejectFormId = useId();
  return (
    <div className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      <FormAlert id={approval.form.errorId} errors={approval.form.errors} />
      <div className="flex flex-wrap gap-3">
        <form {...getFormProps(approval.form)} action={approval.action}>
          <input type="hidden" name="decision" value="approve" />
          <input type="hidden" name="requestId" value={requestId} />
          <button type="submit" disabled={approval.pending} className={buttonClass("primary")}>
            {approval.pending ? t("working") : t("verifications.approve")}
          </button>
        </form>
        <button
          type="button"
          aria-expanded={rejecting}
          aria-controls={rejectFormId}
          onClick={() => setRejecting(!rejecting)}
          className={buttonClass("quiet")}
        >
          {t("verifications.reject")}
        </button>
      </div>
      <div id={rejectFormId} hidden={!rejecting}>
        <form
          {...getFormProps(rejection.form)}
          action={rejection.action}
          className="max-w-xl space-y-3 rounded-md bg-slate-50 p-4"
        >
          <FormAlert id={rejection.form.errorId} errors={rejection.form.errors} />
          <input type="hidden" name="decision" value="reject" />
          <input type="hidden" name="requestId" value={requestId} />
          <ReasonField
            field={rejection.fields.reason}
            label={t("verifications.rejectReason")}
            hint={t("verifications.rejectHint")}
          />
          <button type="submit" disabled={rejection.pending} className={buttonClass("danger")}>
            {rejection.pending ? t("working") : t("verifications.rejectSubmit")}
          </button>
        </form>
      </div>
    </div>
  );
}
