"use client";

import { getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { Field } from "@/components/forms/field";
import { Textarea } from "@/components/ui/input";

/** The reason given for a decision: a short text kept with the decision. */
export function ReasonField({
  field,
  label,
  hint,
  maxLength = 500,
}: {
  field: FieldMetadata<unknown>;
  label: string;
  hint: string;
  /** The schema's limit for the reason. */
  maxLength?: number;
}) {
  return (
    <Field field={field} label={label} hint={hint}>
      <Textarea {...getTextareaProps(field)} rows={3} maxLength={maxLength} />
    </Field>
  );
}
