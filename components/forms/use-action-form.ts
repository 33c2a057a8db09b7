"use client";

import { startTransition, useActionState } from "react";
import { useForm, type Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FormResult } from "@/lib/forms/handle-form";

type FormAction = (previous: FormResult | undefined, formData: FormData) => Promise<FormResult>;

/**
 * A Conform form bound to a server action: validated in the browser with the operation's zod
 * schema, then sent to the action. The submission goes through a transition instead of the form's
 * native action, because React resets a form after its action runs and a refused submission must
 * keep what the user typed. `form.action` (spread via getFormProps + `action`) still works without
 * JavaScript.
 */
export function useActionForm<Schema extends z.ZodType>(
  serverAction: FormAction,
  schema: Schema,
  defaultValue?: Record<string, unknown>,
) {
  const [lastResult, action, pending] = useActionState(serverAction, undefined);
  type Fields = z.input<Schema> & Record<string, unknown>;
  const [form, fields] = useForm<Fields, Fields>({
    lastResult,
    defaultValue: defaultValue as never,
    onValidate: ({ formData }) =>
      parseWithZod(formData, { schema }) as Submission<Fields, string[], Fields>,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onSubmit(event, { formData }) {
      event.preventDefault();
      startTransition(() => action(formData));
    },
  });
  return { form, fields, action, pending, lastResult };
}
