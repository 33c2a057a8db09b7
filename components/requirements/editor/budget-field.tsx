"use client";

import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useLocale } from "next-intl";
import { REQUIREMENT_LIMITS } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import { formatCny } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import { Field } from "@/components/forms/field";
import { Input } from "@/components/ui/input";
import { useFieldText } from "./use-field-text";

/** An amount in whole yuan, read back inside the box in 万元 so that a slipped zero shows. */
export function BudgetField({
  field,
  name,
}: {
  field: FieldMetadata<number | undefined>;
  name: "budgetMinCny" | "budgetMaxCny";
}) {
  const locale = useLocale() as Locale;
  const text = useFieldText();
  const amount = Number(field.value);
  const readBack = field.value && Number.isSafeInteger(amount) ? formatCny(amount, locale) : null;
  return (
    <Field field={field} label={text.label(name)} hint={text.hint(name)}>
      <div className="relative">
        <Input
          {...getInputProps(field, { type: "number" })}
          min={0}
          max={REQUIREMENT_LIMITS.budgetCny}
          step={1}
          inputMode="numeric"
          className="pr-28"
        />
        {readBack && (
          <span
            aria-hidden
            className="pointer-events-none absolute top-1 bottom-0 right-8 flex items-center text-sm text-slate-500"
          >
            {readBack}
          </span>
        )}
      </div>
    </Field>
  );
}
