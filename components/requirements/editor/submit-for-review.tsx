"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { submitRequirementAction } from "@/app/dashboard/requirements/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { buttonClass } from "@/components/ui/button";
import { useEditorDirty } from "./editor-dirty";

/**
 * Sends the saved draft to the admins. It submits what is stored, so while the editor has
 * unsaved changes it is disabled (and says why) instead of leaving those changes behind; it asks
 * once more before the content is locked for review.
 */
export function SubmitForReview({ requirementId }: { requirementId: string }) {
  const t = useTranslations("authoring.submit");
  const dirty = useEditorDirty();
  const [confirming, setConfirming] = useState(false);
  const [result, action, pending] = useActionState(submitRequirementAction, undefined);
  const asking = confirming && !dirty;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="requirementId" value={requirementId} />
      <FormAlert errors={result?.error?.[""] ?? undefined} />
      {dirty && (
        <p id="submit-blocked" className="text-sm text-amber-800">
          {t("dirty")}
        </p>
      )}
      {asking ? (
        <div className="space-y-3 rounded-md bg-brand-50 p-3">
          <p className="text-sm text-brand-900">{t("confirmText")}</p>
          <div className="flex gap-2">
            <button type="submit" disabled={pending} className={buttonClass("primary", "medium")}>
              {pending ? t("submitting") : t("confirm")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={buttonClass("secondary", "medium")}
            >
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          disabled={dirty}
          aria-describedby={dirty ? "submit-blocked" : undefined}
          onClick={() => setConfirming(true)}
          className={`${buttonClass("primary", "medium")} w-full disabled:cursor-not-allowed`}
        >
          {t("title")}
        </button>
      )}
    </form>
  );
}
