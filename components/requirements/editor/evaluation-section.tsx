"use client";

import { getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Field, FieldErrors } from "@/components/forms/field";
import { inputClass } from "@/components/ui/input";
import { Panel } from "@/components/ui/panel";
import { CriteriaFields } from "./criteria-fields";
import type { EditorFields, EditorForm } from "./editor-types";
import { MarkdownField } from "./markdown-field";
import { useFieldText } from "./use-field-text";

/** What vendors must bring (qualifications, eligibility) and how their proposals are judged. */
export function EvaluationSection({ form, fields }: { form: EditorForm; fields: EditorFields }) {
  const t = useTranslations("authoring");
  const text = useFieldText();
  const verified = fields.requiresVerifiedVendor;
  return (
    <Panel id="evaluation" title={t("sections.evaluation")}>
      <div className="space-y-6">
        <MarkdownField field={fields.qualifications} name="qualifications" rows={4} />
        <div className="grid gap-5 sm:grid-cols-2">
          <div>
            <label className="flex gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50">
              <input
                {...getInputProps(verified, { type: "checkbox" })}
                className="mt-1 accent-brand-600"
              />
              <span>
                <span className="block text-sm font-medium text-slate-900">
                  {text.label("requiresVerifiedVendor")}
                </span>
                <span className="mt-0.5 block text-xs text-slate-500">
                  {text.hint("requiresVerifiedVendor")}
                </span>
              </span>
            </label>
            <FieldErrors field={verified} />
          </div>
          <Field
            field={fields.requiredCertifications}
            label={text.label("requiredCertifications", { optional: true })}
            hint={text.hint("requiredCertifications")}
          >
            <textarea
              {...getTextareaProps(fields.requiredCertifications)}
              rows={3}
              className={inputClass}
            />
          </Field>
        </div>
        <CriteriaFields form={form} fields={fields} />
      </div>
    </Panel>
  );
}
