import { z } from "zod";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";

/** Whether a text anywhere inside `value` holds a NUL byte, which PostgreSQL cannot store. */
function holdsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value instanceof URLSearchParams) return [...value].some(([k, v]) => holdsNul(k + v));
  if (value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).some(([key, item]) => holdsNul(key) || holdsNul(item));
  }
  return false;
}

/** The input's fields (or "" for the input as a whole) whose text holds a NUL byte. */
function fieldsHoldingNul(input: unknown): string[] {
  if (
    input instanceof URLSearchParams ||
    (input && Object.getPrototypeOf(input) === Object.prototype)
  ) {
    const entries = input instanceof URLSearchParams ? [...input] : Object.entries(input);
    return entries.filter(([key, item]) => holdsNul(key) || holdsNul(item)).map(([key]) => key);
  }
  return holdsNul(input) ? [""] : [];
}

/**
 * Parses a use case's input with its schema; a refusal becomes a VALIDATION DomainError with the
 * schema's message keys per field, as a form shows them (callers other than forms get the same).
 * Text with a NUL byte is refused on its field whatever the schema says: no field can keep one.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const withNul = fieldsHoldingNul(input);
  if (withNul.length > 0) {
    return failValidation(
      Object.fromEntries(withNul.map((field) => [field, ["invalidCharacters"]])),
    );
  }
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
