"use client";

import { useActionState, useOptimistic } from "react";
import type { FormAction } from "@/components/members/action-form";
import type { FormResult } from "@/lib/forms/handle-form";

/**
 * An on/off button backed by server actions: it shows the new state at once and falls back to
 * the server's if the action is refused. The form sends the state wanted in `field` ("on" or
 * nothing, as a checkbox would), taken from what the user saw when clicking, so a second click
 * before the first one finishes undoes it.
 */
export function useOptimisticToggle(
  pressed: boolean,
  field: string,
  actionFor: (next: boolean) => FormAction,
) {
  const [shown, setShown] = useOptimistic(pressed);
  const [result, formAction] = useActionState(
    (previous: FormResult | undefined, formData: FormData) => {
      const next = formData.get(field) === "on";
      setShown(next);
      return actionFor(next)(previous, formData);
    },
    undefined,
  );
  const nextValue = shown ? "" : "on";
  return { shown, formAction, nextValue, errors: result?.error?.[""] ?? undefined };
}
