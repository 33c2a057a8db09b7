"use client";

import { getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { Field, inputClass } from "@/components/forms/field";

/** The reason an admin gives for a decision: a short text kept with the decision. */
export function ReasonField({
  field,
  label,
  hint,
}: {
  field: FieldMetadata<unknown>;
  label: string;
  hint: string;
}) {
  return (
    <Field field={field} label={label} hint={hint}>
      <textarea {...getTextareaProps(field)} rows={3} maxLength={500} className={inputClass} />
    </Field>
  );
}
