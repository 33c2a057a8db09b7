/** The ids that tie a control to its label, hint and error, for the control's aria attributes. */
export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

export const fieldIds = (id: string): FieldIds => ({
  id,
  hintId: `${id}-hint`,
  errorId: `${id}-error`,
});

/** What the control needs to be read with its hint or error and marked invalid. */
export function describedControl(
  ids: FieldIds,
  { hint, error }: { hint?: string; error?: string },
) {
  const describedBy = error ? ids.errorId : hint ? ids.hintId : undefined;
  return {
    id: ids.id,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  };
}

/**
 * A label, the control (children) and either its hint or its error, with the ids the control's
 * aria-describedby names (from describedControl, or from Conform's getInputProps).
 */
export function Field({
  ids,
  label,
  hint,
  error,
  children,
}: {
  ids: FieldIds;
  label: React.ReactNode;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={ids.id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={ids.hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.errorId} className="mt-1 text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
