import "server-only";
import type { z } from "zod";
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { DomainError } from "@/lib/domain/errors";
import { errorKey } from "@/lib/validation/fields";

/** Conform's reply; on success, `notice` may name (a message key) what happened besides saving. */
export type FormResult = SubmissionResult<string[]> & { notice?: string };

/**
 * The one way server actions handle a form: parse with the operation's zod schema, run the use
 * case, and turn a DomainError into form state (`formErrors` and `fieldErrors`, as message keys).
 * Fields named in `secretFields` never come back to the browser. `run` may return a notice (a
 * message key) for the form to show instead of its plain success text.
 */
export async function handleForm<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  run: (value: z.output<Schema>) => Promise<string | void>,
  secretFields: string[] = [],
): Promise<FormResult> {
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return submission.reply({ hideFields: secretFields });
  let notice: string | void;
  try {
    notice = await run(submission.value);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return submission.reply({
      formErrors: error.fieldErrors ? [] : [errorKey(error.message, error.params)],
      fieldErrors: error.fieldErrors,
      hideFields: secretFields,
    });
  }
  // Conform's reset reply carries no status; forms show their success notice from this one.
  return {
    ...submission.reply({ resetForm: true }),
    status: "success",
    ...(notice ? { notice } : {}),
  };
}
