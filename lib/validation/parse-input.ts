import { z } from "zod";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";

/**
 * Parses a use case's input with its schema; a refusal becomes a VALIDATION DomainError with the
 * schema's message keys per field, as a form shows them (callers other than forms get the same).
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return failValidation(fieldErrors);
}

export function failValidation(fieldErrors: FieldErrors): never {
  const first = Object.values(fieldErrors)[0]?.[0] ?? "invalid";
  throw new DomainError("VALIDATION", first, { fieldErrors });
}
