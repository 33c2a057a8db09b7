"use client";

import { useActionState, useEffect } from "react";
import { useFormStatus } from "react-dom";
import type { FormResult } from "@/lib/forms/handle-form";
import { FormAlert } from "@/components/forms/form-alert";
import { buttonClass, type ButtonTone } from "@/components/ui/button";

export type FormAction = (
  previous: FormResult | undefined,
  formData: FormData,
) => Promise<FormResult>;

function Submit({
  label,
  pendingLabel,
  tone,
}: {
  label: string;
  pendingLabel: string;
  tone: ButtonTone;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(tone)}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * One button that runs a server action on a record (ids in hidden fields); refusals are shown
 * above it, and `successText` is announced once it worked.
 */
export function ActionForm({
  action,
  hidden,
  label,
  pendingLabel,
  tone = "secondary",
  successText,
  onSuccess,
  children,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  tone?: ButtonTone;
  successText?: string;
  onSuccess?: () => void;
  /** Shown before the button, on the same row (e.g. a Cancel button). */
  children?: React.ReactNode;
}) {
  const [result, formAction] = useActionState(action, undefined);
  const succeeded = result?.status === "success";
  useEffect(() => {
    if (succeeded) onSuccess?.();
  }, [result, succeeded, onSuccess]);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert errors={result?.error?.[""] ?? undefined} />
      <div className="flex flex-wrap justify-end gap-3">
        {children}
        <Submit label={label} pendingLabel={pendingLabel} tone={tone} />
      </div>
      {succeeded && successText && (
        <p role="status" className="text-xs text-emerald-700">
          {successText}
        </p>
      )}
    </form>
  );
}
