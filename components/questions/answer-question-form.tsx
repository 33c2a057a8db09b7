"use client";

import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { answerQuestionAction } from "@/app/dashboard/questions/actions";
import { answerQuestionSchema, QUESTION_LIMITS } from "@/lib/domain/questions/question.schema";
import { Field } from "@/components/forms/field";
import { Textarea } from "@/components/ui/input";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SavedNote } from "@/components/organizations/saved-note";

/** The enterprise answers one question, and may publish the answer as a clarification. */
export function AnswerQuestionForm({
  questionId,
  answer,
  label,
}: {
  questionId: string;
  answer: string | null;
  /** Names the form for assistive technology ("供应商 A 的问题"). */
  label: string;
}) {
  const t = useTranslations("clarifications.inbox");
  const { form, fields, action, pending, lastResult } = useActionForm(
    answerQuestionAction,
    answerQuestionSchema,
    { answer: answer ?? "" },
  );
  return (
    <form {...getFormProps(form)} action={action} aria-label={label} className="space-y-3">
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="questionId" value={questionId} />
      <Field field={fields.answer} label={t("answer")}>
        <Textarea
          {...getTextareaProps(fields.answer)}
          rows={3}
          maxLength={QUESTION_LIMITS.answerMax}
        />
      </Field>
      <div className="flex items-start gap-2">
        <input
          {...getInputProps(fields.publish, { type: "checkbox" })}
          className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-600 focus:ring-brand-600"
        />
        <label htmlFor={fields.publish.id} className="text-sm text-slate-800">
          {t("publish")}
        </label>
      </div>
      <Field
        field={fields.publishedQuestion}
        label={t("publishedQuestion")}
        hint={t("publishedQuestionHint")}
      >
        <Textarea
          {...getTextareaProps(fields.publishedQuestion)}
          rows={2}
          maxLength={QUESTION_LIMITS.questionMax}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <div className="w-full sm:w-auto sm:min-w-36">
          <SubmitButton pending={pending} pendingText={t("saving")}>
            {t("save")}
          </SubmitButton>
        </div>
        <SavedNote result={lastResult} text={t("saved")} />
      </div>
    </form>
  );
}
