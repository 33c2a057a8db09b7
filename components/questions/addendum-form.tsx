"use client";

import { getFormProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { publishAddendumAction } from "@/app/requirements/[id]/actions";
import { publishAddendumSchema, QUESTION_LIMITS } from "@/lib/domain/questions/question.schema";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/forms/field";
import { Textarea } from "@/components/ui/input";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDisclosure } from "@/components/forms/use-disclosure";
import { SavedNote } from "@/components/organizations/saved-note";

/** The enterprise's own clarification (补遗), behind a button. */
export function AddendumForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("clarifications.enterprise");
  const { form, fields, action, pending, lastResult } = useActionForm(
    publishAddendumAction,
    publishAddendumSchema,
  );
  const { toggleProps, panelProps } = useDisclosure();
  return (
    <div className="space-y-3">
      <button {...toggleProps} className={buttonClass("secondary")}>
        {t("addendumTitle")}
      </button>
      <SavedNote result={lastResult} text={t("published")} />
      <div {...panelProps}>
        <form
          {...getFormProps(form)}
          action={action}
          aria-label={t("addendumTitle")}
          className="space-y-3 rounded-md bg-slate-50 p-4"
        >
          <FormAlert id={form.errorId} errors={form.errors} />
          <input type="hidden" name="requirementId" value={requirementId} />
          <Field field={fields.body} label={t("addendumBody")} hint={t("addendumHint")}>
            <Textarea
              {...getTextareaProps(fields.body)}
              rows={4}
              maxLength={QUESTION_LIMITS.answerMax}
            />
          </Field>
          <div className="w-full sm:w-auto sm:min-w-36">
            <SubmitButton pending={pending} pendingText={t("publishAddendum")}>
              {t("publishAddendum")}
            </SubmitButton>
          </div>
        </form>
      </div>
    </div>
  );
}
