"use client";

import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { saveScoresAction } from "@/app/requirements/[id]/evaluation/actions";
import { proposalScoresFormSchema } from "@/lib/domain/evaluation/evaluation-forms.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";

interface Criterion {
  id: string;
  name: string;
  weight: number;
  priceFormula: boolean;
}

/**
 * An evaluator's scores of one proposal: 0–100 and a comment per criterion scored by people; a
 * 低价优先 criterion is named as computed, with no field. Saved scores can change until submitted.
 */
export function ScoreProposalForm({
  requirementId,
  proposalId,
  vendorName,
  criteria,
  saved,
}: {
  requirementId: string;
  proposalId: string;
  vendorName: string;
  criteria: Criterion[];
  saved: { criterionId: string; score: number; comment: string | null }[];
}) {
  const t = useTranslations("evaluation");
  const scored = criteria.filter((c) => !c.priceFormula);
  const defaultValue = {
    scores: scored.map((c) => {
      const own = saved.find((s) => s.criterionId === c.id);
      return { criterionId: c.id, score: own?.score ?? "", comment: own?.comment ?? "" };
    }),
  };
  const { form, fields, action, pending, lastResult } = useActionForm(
    saveScoresAction,
    proposalScoresFormSchema,
    defaultValue,
  );
  const rows = fields.scores.getFieldList();
  const titleId = `score-${proposalId}`;
  return (
    <form
      {...getFormProps(form)}
      action={action}
      aria-labelledby={titleId}
      className="space-y-4 rounded-md border border-slate-200 p-4"
    >
      <h4 id={titleId} className="font-semibold">
        {t("scoring.formTitle", { vendor: vendorName })}
      </h4>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      {criteria
        .filter((c) => c.priceFormula)
        .map((c) => (
          <p key={c.id} className="text-sm text-slate-700">
            {t("scoring.byFormula", { criterion: c.name, weight: c.weight })}
          </p>
        ))}
      {rows.map((row, i) => {
        const criterion = scored[i]!;
        const cells = row.getFieldset();
        return (
          <fieldset key={row.key} className="space-y-2">
            <legend className="text-sm font-medium">
              {t("scoring.criterion", { criterion: criterion.name, weight: criterion.weight })}
            </legend>
            <input type="hidden" name={cells.criterionId.name} value={criterion.id} />
            <Field field={cells.score} label={t("scoring.score", { criterion: criterion.name })}>
              <input
                {...getInputProps(cells.score, { type: "number" })}
                min={0}
                max={100}
                step={1}
                className={`${inputClass} max-w-32`}
              />
            </Field>
            <Field
              field={cells.comment}
              label={t("scoring.comment", { criterion: criterion.name })}
            >
              <textarea {...getTextareaProps(cells.comment)} rows={2} className={inputClass} />
            </Field>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("working") : t("scoring.save")}
        </Button>
        <p role="status" className="text-sm text-emerald-700">
          {lastResult?.status === "success" ? t("scoring.saved") : ""}
        </p>
      </div>
    </form>
  );
}
