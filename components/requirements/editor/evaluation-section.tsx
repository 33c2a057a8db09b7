"use client";

import { useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import { CriteriaFields } from "./criteria-fields";
import type { EditorFields, EditorForm } from "./editor-types";
import { MarkdownField } from "./markdown-field";

/** What vendors must bring (qualifications) and how their proposals are judged. */
export function EvaluationSection({ form, fields }: { form: EditorForm; fields: EditorFields }) {
  const t = useTranslations("authoring");
  return (
    <Panel id="evaluation" title={t("sections.evaluation")}>
      <div className="space-y-6">
        <MarkdownField field={fields.qualifications} name="qualifications" rows={4} />
        <CriteriaFields form={form} fields={fields} />
      </div>
    </Panel>
  );
}
