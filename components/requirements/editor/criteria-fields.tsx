"use client";

import { getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { CRITERIA_LIMITS } from "@/lib/domain/requirements/authoring/criteria.schema";
import { Field, FieldErrors } from "@/components/forms/field";
import { Input, Textarea } from "@/components/ui/input";
import type { EditorFields, EditorForm } from "./editor-types";
import { useFieldText } from "./use-field-text";

const EMPTY_CRITERION = { name: "", description: "", weight: "" };

type CriterionField = ReturnType<EditorFields["criteria"]["getFieldList"]>[number];

/** The sum of the weights as typed (blank or invalid weights count as nothing). */
function totalWeight(weights: unknown[]): number {
  return weights.reduce<number>((sum, weight) => {
    const value = Number(weight);
    return Number.isFinite(value) ? sum + value : sum;
  }, 0);
}

/** The evaluation criteria: a list to add to and remove from, with the weights' live total. */
export function CriteriaFields({ form, fields }: { form: EditorForm; fields: EditorFields }) {
  const t = useTranslations("authoring");
  const text = useFieldText();
  const field = fields.criteria;
  const criteria = field.getFieldList();
  const total = totalWeight(criteria.map((criterion) => criterion.getFieldset().weight.value));
  const complete = total === CRITERIA_LIMITS.totalWeight;
  return (
    <fieldset aria-describedby={field.errors ? field.errorId : field.descriptionId}>
      <legend className="text-sm font-medium text-slate-700">{text.label("criteria")}</legend>
      {!field.errors && (
        <p id={field.descriptionId} className="mt-1 text-xs text-slate-500">
          {text.hint("criteria", CRITERIA_LIMITS)}
        </p>
      )}
      <div className="mt-3 space-y-3">
        {criteria.map((criterion, index) => (
          <CriterionCard
            key={criterion.key}
            criterion={criterion}
            position={index + 1}
            removeButton={form.remove.getButtonProps({ name: field.name, index })}
            removable={criteria.length > CRITERIA_LIMITS.min}
          />
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <button
          {...form.insert.getButtonProps({ name: field.name, defaultValue: EMPTY_CRITERION })}
          disabled={criteria.length >= CRITERIA_LIMITS.max}
          className="rounded-md border border-dashed border-brand-600/50 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
        >
          + {t("criteria.add")}
        </button>
        <p
          aria-live="polite"
          className={`text-sm font-medium tabular-nums ${complete ? "text-emerald-700" : "text-amber-700"}`}
        >
          {t("criteria.total", { sum: total })}
        </p>
      </div>
      <FieldErrors field={field} />
    </fieldset>
  );
}

/** One criterion, a group named by its position: name and weight side by side, then how. */
function CriterionCard({
  criterion,
  position,
  removeButton,
  removable,
}: {
  criterion: CriterionField;
  position: number;
  removeButton: React.ButtonHTMLAttributes<HTMLButtonElement>;
  removable: boolean;
}) {
  const t = useTranslations("authoring");
  const text = useFieldText();
  const { name, weight, description } = criterion.getFieldset();
  const titleId = `${criterion.id}-title`;
  return (
    <div
      role="group"
      aria-labelledby={titleId}
      className="rounded-md border border-slate-200 bg-slate-50/60 p-3 sm:p-4"
    >
      <div className="mb-2 flex items-center justify-between">
        <span id={titleId} className="text-sm font-semibold text-slate-700">
          {t("criteria.position", { position })}
        </span>
        <button
          {...removeButton}
          disabled={!removable}
          aria-label={t("criteria.remove", { position })}
          className="rounded px-2 py-1 text-sm text-rose-700 hover:bg-rose-50 disabled:invisible"
        >
          {t("actions.remove")}
        </button>
      </div>
      <div className="grid grid-cols-[1fr_5.5rem] gap-3 sm:grid-cols-[1fr_8rem] sm:gap-4">
        <Field field={name} label={text.label("criterionName")}>
          <Input {...getInputProps(name, { type: "text" })} maxLength={50} />
        </Field>
        <Field field={weight} label={text.label("criterionWeight")}>
          <Input
            {...getInputProps(weight, { type: "number" })}
            min={1}
            max={CRITERIA_LIMITS.totalWeight}
            step={1}
            inputMode="numeric"
          />
        </Field>
      </div>
      <div className="mt-4">
        <Field field={description} label={text.label("criterionDescription", { optional: true })}>
          <Textarea {...getTextareaProps(description)} rows={2} maxLength={500} />
        </Field>
      </div>
    </div>
  );
}
