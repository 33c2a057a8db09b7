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

/** The one error type of the domain layer; mapped to HTTP status, form state and message in one place. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const forbidden = (why = "You may not do this") => new DomainError("FORBIDDEN", why);
