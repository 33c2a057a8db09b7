import "server-only";
export type DomainErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "DEADLINE_PASSED"
  | "INVALID_TRANSITION"
  | "RATE_LIMITED";

export type FieldErrors = Record<string, string[]>;

/**
 * The one error type of the domain layer; mapped to HTTP status, form state and message in one
 * place each (lib/api/problem-for-error.ts for the API, lib/forms/handle-form.ts for forms).
 * `message` is a key of the `errors` messages when one exists (shown translated, with `params`),
 * otherwise plain English for operators.
 */
export class DomainError extends Error {
  readonly fieldErrors?: FieldErrors;
  readonly params?: Record<string, string | number>;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; params?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = "DomainError";
    this.fieldErrors = options.fieldErrors;
    this.params = options.params;
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const forbidden = (why = "forbidden") => new DomainError("FORBIDDEN", why);
export const unauthenticated = () => new DomainError("UNAUTHENTICATED", "signInRequired");
