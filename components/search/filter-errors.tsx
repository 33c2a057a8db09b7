"use client";

import { useErrorListText } from "@/components/forms/use-error-text";

/** A filter's errors in the user's language; `id` is what the control's aria-describedby names. */
export function FilterErrors({ id, errors }: { id: string; errors?: string[] }) {
  const text = useErrorListText();
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-700">
      {text(errors)}
    </p>
  );
}
