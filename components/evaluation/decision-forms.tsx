"use client";

import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import {
  awardAction,
  closeUnsuccessfulAction,
  shortlistAction,
} from "@/app/requirements/[id]/evaluation/actions";
import { awardSchema, unsuccessfulSchema } from "@/lib/domain/evaluation/evaluation.schema";
import { shortlistFormSchema } from "@/lib/domain/evaluation/evaluation-forms.schema";
import { Field, FieldErrors } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";

interface Candidate {
  proposalId: string;
  vendorName: string;
  rank: number | null;
}

/** 入围 / 不入围 for one proposal while evaluating. */
export function ShortlistForm({
  requirementId,
  proposalId,
  vendorName,
}: {
  requirementId: string;
  proposalId: string;
  vendorName: string;
}) {
  const t = useTranslations("evaluation");
  const { form, action, pending } = useActionForm(shortlistAction, shortlistFormSchema);
  return (
    <form
      {...getFormProps(form)}
      action={action}
      aria-label={t("decide.shortlistFor", { vendor: vendorName })}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="requirementId" value={requirementId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Button
        type="submit"
        name="decision"
        value="SHORTLISTED"
        size="small"
        tone="secondary"
        disabled={pending}
      >
        {t("decide.shortlist")}
      </Button>
      <Button
        type="submit"
        name="decision"
        value="NOT_SELECTED"
        size="small"
        tone="secondary"
        disabled={pending}
      >
        {t("decide.notSelected")}
      </Button>
      <FormAlert id={form.errorId} errors={form.errors} />
    </form>
  );
}

/** 定标: one proposal, a reason (required when it is not the top-ranked), sharing the scores. */
export function AwardForm({
  requirementId,
  candidates,
}: {
  requirementId: string;
  candidates: Candidate[];
}) {
  const t = useTranslations("evaluation");
  const { form, fields, action, pending } = useActionForm(awardAction, awardSchema);
  return (
    <form {...getFormProps(form)} action={action} aria-labelledby="award" className="space-y-3">
      <h3 id="award" className="font-semibold">
        {t("decide.awardTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("decide.awardIntro")}</p>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <fieldset aria-describedby={fields.proposalId.errorId} className="space-y-2">
        <legend className="text-sm font-medium">{t("decide.winner")}</legend>
        {candidates.map((c) => (
          <label key={c.proposalId} className="flex items-center gap-2 text-sm">
            <input type="radio" name={fields.proposalId.name} value={c.proposalId} />
            <span>
              {c.vendorName}
              {c.rank !== null && (
                <span className="text-slate-600"> {t("decide.rank", { rank: c.rank })}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      <FieldErrors field={fields.proposalId} />
      <Field field={fields.reason} label={t("decide.reason")} hint={t("decide.reasonHint")}>
        <textarea {...getTextareaProps(fields.reason)} rows={3} className={inputClass} />
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input
          {...getInputProps(fields.shareScoresWithBidders, { type: "checkbox" })}
          className="mt-1"
        />
        <span>{t("decide.share")}</span>
      </label>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t("working") : t("decide.award")}
      </Button>
    </form>
  );
}

/** 流标: the requirement closes UNSUCCESSFUL with a reason, every bidder NOT_AWARDED. */
export function UnsuccessfulForm({ requirementId }: { requirementId: string }) {
  const t = useTranslations("evaluation");
  const { form, fields, action, pending } = useActionForm(
    closeUnsuccessfulAction,
    unsuccessfulSchema,
  );
  return (
    <form
      {...getFormProps(form)}
      action={action}
      aria-labelledby="unsuccessful"
      className="space-y-3"
    >
      <h3 id="unsuccessful" className="font-semibold">
        {t("decide.unsuccessfulTitle")}
      </h3>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <Field field={fields.reason} label={t("decide.unsuccessfulReason")}>
        <textarea {...getTextareaProps(fields.reason)} rows={2} className={inputClass} />
      </Field>
      <Button type="submit" tone="danger" disabled={pending} aria-disabled={pending}>
        {pending ? t("working") : t("decide.unsuccessful")}
      </Button>
    </form>
  );
}
