import "server-only";
import type { ProblemCode, ProblemFieldError } from "./problem";

/**
 * A refusal decided by the request pipeline itself (bad parameters, a bad or read-only token),
 * before any use case runs. `detailKey` is a key of the `api.details` messages.
 */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detailKey: string,
    readonly errors?: ProblemFieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detailKey);
    this.name = "ApiProblem";
  }
}
