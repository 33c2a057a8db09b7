"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import {
  createRequirementAction,
  updateRequirementAction,
} from "@/app/dashboard/requirements/actions";
import { requirementFieldsSchema } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import type { RequirementFormValues } from "@/lib/domain/requirements/authoring/requirement-form-values";
import { updateRequirementDraftSchema } from "@/lib/domain/requirements/authoring/update-requirement-draft.schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { useUnsavedChangesWarning } from "@/components/forms/use-unsaved-changes-warning";
import { BasicsSection } from "./basics-section";
import { ContactSection } from "./contact-section";
import { EditorAlert } from "./editor-alert";
import { useReportEditorDirty } from "./editor-dirty";
import { EvaluationSection } from "./evaluation-section";
import { SaveBar } from "./save-bar";
import { ScenarioSection } from "./scenario-section";
import { ScheduleSection } from "./schedule-section";
import { inCheckboxOrder, TechnicalSection } from "./technical-section";

/** A text as a textarea holds it: line breaks are "\n" (browsers post them as "\r\n"). */
const lf = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * The stored values as the inputs will report them, so that untouched fields compare equal to
 * their defaults (else the form would look changed as soon as it is touched).
 */
function asTheInputsHoldThem(values: RequirementFormValues) {
  const texts = Object.entries(values).map(([name, value]) => [
    name,
    typeof value === "string" ? lf(value) : value,
  ]);
  return {
    ...(Object.fromEntries(texts) as RequirementFormValues),
    capabilities: inCheckboxOrder(values.capabilities),
    criteria: values.criteria.map((c) => ({ ...c, description: lf(c.description) })),
  };
}

/**
 * The requirement form, for a new draft or for saving an existing one (`requirement`: which one,
 * and the version the values come from; a save over a newer version is refused). A successful
 * save resets the form to the saved values, so it is clean again.
 */
export function RequirementEditor({
  requirement,
  values,
}: {
  requirement?: { id: string; version: number };
  values: RequirementFormValues;
}) {
  const t = useTranslations("authoring");
  // Both schemas validate the same fields; the update's extra two are the hidden inputs below.
  const schema = (
    requirement ? updateRequirementDraftSchema : requirementFieldsSchema
  ) as typeof requirementFieldsSchema;
  const { form, fields, action, pending, lastResult } = useActionForm(
    requirement ? updateRequirementAction : createRequirementAction,
    schema,
    asTheInputsHoldThem(values),
  );
  // Only the fields count: Next adds hidden inputs of its own to forms with a server action.
  const dirty = Object.keys(values).some((name) => fields[name as keyof typeof fields]?.dirty);
  useReportEditorDirty(dirty);
  useUnsavedChangesWarning(dirty, t("editor.leaveWarning"));
  return (
    <form {...getFormProps(form)} action={action} className="space-y-6">
      <EditorAlert id={form.errorId} errors={form.errors} />
      {requirement && (
        <>
          <input type="hidden" name="requirementId" value={requirement.id} />
          <input type="hidden" name="version" value={requirement.version} />
        </>
      )}
      <BasicsSection fields={fields} />
      <ScenarioSection fields={fields} />
      <TechnicalSection fields={fields} />
      <ScheduleSection fields={fields} />
      <EvaluationSection form={form} fields={fields} />
      <ContactSection fields={fields} />
      <SaveBar
        label={requirement ? t("actions.saveDraft") : t("actions.createDraft")}
        dirty={dirty}
        pending={pending}
        lastResult={lastResult}
      />
    </form>
  );
}
