"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

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
    <Button type="submit" size="wide" disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </Button>
  );
}
