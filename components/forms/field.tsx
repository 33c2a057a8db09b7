"use client";

import type { FieldMetadata } from "@conform-to/react";
import { Field as PlainField } from "@/components/ui/field";
import { useErrorListText } from "./use-error-text";

/** The field's errors as one text in the user's language, each sentence kept apart. */
function useFieldErrorText(field: FieldMetadata<unknown>): string | undefined {
  const text = useErrorListText();
  return field.errors && text(field.errors);
}

/**
 * A Conform field: its label, the control (children) and its hint or errors, tied together with
 * Conform's ids (the control's `aria-describedby` comes from getInputProps).
 */
export function Field({
  field,
  label,
  hint,
  children,
}: {
  field: FieldMetadata<unknown>;
  label: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <PlainField
      ids={{ id: field.id, hintId: field.descriptionId, errorId: field.errorId }}
      label={label}
      hint={hint}
      error={useFieldErrorText(field)}
    >
      {children}
    </PlainField>
  );
}

/** The field's errors in the user's language, with the id the control's aria-describedby names. */
export function FieldErrors({ field }: { field: FieldMetadata<unknown> }) {
  const error = useFieldErrorText(field);
  if (!error) return null;
  return (
    <p id={field.errorId} className="mt-1 text-sm text-rose-700">
      {error}
    </p>
  );
}
