"use client";

import { getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { REQUIREMENT_LIMITS } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import { Field } from "@/components/forms/field";
import { Panel } from "@/components/ui/panel";
import { Input } from "@/components/ui/input";
import { BudgetField } from "./budget-field";
import type { EditorFields } from "./editor-types";
import { useFieldText } from "./use-field-text";

/** The budget range, the deadlines (Beijing time), and when and how long the project runs. */
export function ScheduleSection({ fields }: { fields: EditorFields }) {
  const t = useTranslations("authoring");
  const text = useFieldText();
  return (
    <Panel id="budget-and-schedule" title={t("sections.budgetAndSchedule")}>
      <div className="grid gap-5 sm:grid-cols-2">
        <BudgetField field={fields.budgetMinCny} name="budgetMinCny" />
        <BudgetField field={fields.budgetMaxCny} name="budgetMaxCny" />
        <Field field={fields.deadline} label={text.label("deadline")} hint={text.hint("deadline")}>
          <Input {...getInputProps(fields.deadline, { type: "datetime-local" })} />
        </Field>
        <Field
          field={fields.questionDeadline}
          label={text.label("questionDeadline", { optional: true })}
          hint={text.hint("questionDeadline")}
        >
          <Input {...getInputProps(fields.questionDeadline, { type: "datetime-local" })} />
        </Field>
        <Field
          field={fields.expectedStartAt}
          label={text.label("expectedStartAt", { optional: true })}
        >
          <Input {...getInputProps(fields.expectedStartAt, { type: "date" })} />
        </Field>
        <Field
          field={fields.durationMonths}
          label={text.label("durationMonths", { optional: true })}
          hint={text.hint("durationMonths", { max: REQUIREMENT_LIMITS.durationMonths })}
        >
          <Input
            {...getInputProps(fields.durationMonths, { type: "number" })}
            min={1}
            max={REQUIREMENT_LIMITS.durationMonths}
            step={1}
            inputMode="numeric"
          />
        </Field>
      </div>
    </Panel>
  );
}
