"use client";

import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { askQuestionAction } from "@/app/requirements/[id]/actions";
import { ATTACHMENT_ACCEPT } from "@/lib/domain/requirements/attachments/requirement-attachment.schema";
import { askQuestionSchema, QUESTION_LIMITS } from "@/lib/domain/questions/question.schema";
import { Field } from "@/components/forms/field";
import { Input, Textarea } from "@/components/ui/input";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SavedNote } from "@/components/organizations/saved-note";

/** A vendor's question (text and an optional file) to the enterprise. */
export function AskQuestionForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("clarifications.ask");
  const { form, fields, action, pending, lastResult } = useActionForm(
    askQuestionAction,
    askQuestionSchema,
  );
  return (
    <form
      {...getFormProps(form)}
      action={action}
      encType="multipart/form-data"
      aria-label={t("title")}
      className="space-y-3"
    >
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <Field field={fields.body} label={t("body")} hint={t("bodyHint")}>
        <Textarea
          {...getTextareaProps(fields.body)}
          rows={4}
          maxLength={QUESTION_LIMITS.questionMax}
        />
      </Field>
      <Field field={fields.attachment} label={t("attachment")} hint={t("attachmentHint")}>
        <Input
          {...getInputProps(fields.attachment, { type: "file" })}
          accept={ATTACHMENT_ACCEPT}
          className="text-sm file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-700"
        />
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <div className="w-full sm:w-auto sm:min-w-36">
          <SubmitButton pending={pending} pendingText={t("sending")}>
            {t("submit")}
          </SubmitButton>
        </div>
        <SavedNote result={lastResult} text={t("sent")} />
      </div>
    </form>
  );
}
