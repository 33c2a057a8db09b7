"use client";

import { useFormStatus } from "react-dom";

/** The form's submit button; `pending` comes from useActionForm (else from the form's own status). */
export function SubmitButton({
  children,
  pendingText,
  pending: pendingFromAction,
}: {
  children: React.ReactNode;
  pendingText: string;
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingFromAction ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
    >
      {pending ? pendingText : children}
    </button>
  );
}
