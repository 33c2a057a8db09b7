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
import { sameFormValue } from "@/components/forms/same-form-value";
import { useUnsavedChangesWarning } from "@/components/forms/use-unsaved-changes-warning";
import { DraftSimilarRequirements } from "@/components/matching/draft-similar-requirements";
import { BasicsSection } from "./basics-section";
import { ContactSection } from "./contact-section";
import { EditorAlert } from "./editor-alert";
import type { EditorFields } from "./editor-types";
import { useReportEditorDirty } from "./editor-dirty";
import { EvaluationSection } from "./evaluation-section";
import { SaveBar } from "./save-bar";
import { ScenarioSection } from "./scenario-section";
import { ScheduleSection } from "./schedule-section";
import { inCheckboxOrder, TechnicalSection } from "./technical-section";

/** The stored values in the order the inputs post them, so that untouched fields compare equal. */
function asTheInputsHoldThem(values: RequirementFormValues): RequirementFormValues {
  return { ...values, capabilities: inCheckboxOrder(values.capabilities) };
}

/**
 * Whether what the inputs hold differs from what is stored, field by field. Only the fields
 * count: Next adds hidden inputs of its own to forms with a server action.
 */
function isChanged(stored: RequirementFormValues, fields: EditorFields): boolean {
  return Object.entries(stored).some(
    ([name, value]) => !sameFormValue(value, fields[name as keyof EditorFields]?.value),
  );
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
  const stored = asTheInputsHoldThem(values);
  const { form, fields, action, pending, lastResult } = useActionForm(
    requirement ? updateRequirementAction : createRequirementAction,
    schema,
    stored,
  );
  // Not Conform's own `dirty`, which takes one ticked capability (posted as a bare value) for a
  // change from the stored list of one.
  const dirty = isChanged(stored, fields);
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
      <DraftSimilarRequirements fields={fields} />
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
