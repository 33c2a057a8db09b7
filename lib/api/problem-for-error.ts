import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { ApiProblem } from "./api-problem";
import { translateErrorKey, type ApiTranslator } from "./locale";
import {
  BEARER_CHALLENGE,
  PROBLEM_STATUS,
  problemType,
  type Problem,
  type ProblemCode,
  type ProblemFieldError,
} from "./problem";

interface ProblemContext {
  t: ApiTranslator;
  /** The request's path, the problem's `instance`. */
  instance: string;
}

function problem(
  code: ProblemCode,
  detail: string,
  { t, instance }: ProblemContext,
  errors?: ProblemFieldError[],
): Problem {
  return {
    type: problemType(code),
    title: t(`api.titles.${code}`),
    status: PROBLEM_STATUS[code],
    detail,
    instance,
    code,
    ...(errors?.length ? { errors } : {}),
  };
}

/** A use case's refusal: its message key in the reader's language, its field errors named. */
function domainProblem(error: DomainError, context: ProblemContext): Problem {
  const { t } = context;
  const detail =
    translateErrorKey(t, error.message, error.params) ?? t(`api.defaultDetails.${error.code}`);
  const errors = Object.entries(error.fieldErrors ?? {}).flatMap(([name, keys]) =>
    keys.map((key) => ({
      ...(name ? { name } : {}),
      detail: translateErrorKey(t, key) ?? t("validation.invalid"),
    })),
  );
  return problem(error.code, detail, context, errors);
}

/**
 * The problem details for whatever a route threw. Anything but a refusal is our fault: it is
 * logged and answered with a 500 that tells nothing about the internals.
 */
export function problemForError(
  error: unknown,
  context: ProblemContext,
): { problem: Problem; headers: Record<string, string> } {
  if (error instanceof ApiProblem) {
    const detail = context.t(`api.details.${error.detailKey}`);
    return { problem: problem(error.code, detail, context, error.errors), headers: error.headers };
  }
  if (error instanceof DomainError) {
    const headers: Record<string, string> =
      error.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": BEARER_CHALLENGE } : {};
    return { problem: domainProblem(error, context), headers };
  }
  console.error(`API ${context.instance} failed:`, error);
  return {
    problem: problem("INTERNAL", context.t("errors.unexpected"), context),
    headers: {},
  };
}
