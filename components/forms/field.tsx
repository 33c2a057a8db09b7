"use client";

import type { FieldMetadata } from "@conform-to/react";
import { useErrorText } from "./use-error-text";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-rose-500";

/**
 * A label, the control (children) and the field's errors, tied together with ids so that the
 * error is read with the control (`aria-describedby` comes from Conform's getInputProps).
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
    <div>
      <label htmlFor={field.id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !field.errors && (
        <p id={field.descriptionId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrors field={field} />
    </div>
  );
}

/** The field's errors in the user's language, with the id the control's aria-describedby names. */
export function FieldErrors({ field }: { field: FieldMetadata<unknown> }) {
  const text = useErrorText();
  if (!field.errors) return null;
  return (
    <p id={field.errorId} className="mt-1 text-sm text-rose-700">
      {field.errors.map(text).join(" ")}
    </p>
  );
}
