"use client";

import { useActionState, useEffect } from "react";
import { useFormStatus } from "react-dom";
import type { FormResult } from "@/lib/forms/handle-form";
import { FormAlert } from "@/components/forms/form-alert";

export type FormAction = (
  previous: FormResult | undefined,
  formData: FormData,
) => Promise<FormResult>;

const tones = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  danger: "bg-rose-600 text-white hover:bg-rose-700",
  quiet: "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
} as const;

export type ButtonTone = keyof typeof tones;

const sizes = { small: "px-3 py-1.5", large: "px-4 py-2" } as const;

export const buttonClass = (tone: ButtonTone, size: keyof typeof sizes = "small") =>
  `rounded-md text-sm font-medium disabled:opacity-60 ${sizes[size]} ${tones[tone]}`;

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
  tone = "quiet",
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
