import type { NextRequest } from "next/server";
import type { RequestRefusal } from "@/lib/http/request-refusal";
import { ApiProblem } from "./api-problem";
import { apiTranslator, negotiateLocale } from "./locale";
import { problemForError } from "./problem-for-error";
import { problemResponse, type ProblemCode } from "./problem";

const REFUSAL_PROBLEM: Record<RequestRefusal, ProblemCode> = {
  malformedPath: "NOT_FOUND",
  malformedQuery: "BAD_REQUEST",
  crossOriginAction: "FORBIDDEN",
  bodyTooLarge: "PAYLOAD_TOO_LARGE",
};

/** A request refused before the app (lib/http/request-refusal.ts), as the API's problem. */
export const refusalProblem = (refusal: RequestRefusal) =>
  new ApiProblem(REFUSAL_PROBLEM[refusal], refusal);

/** A refusal the request pipeline decides alone (a malformed URL, an unknown path or method). */
export function requestProblem(request: NextRequest, error: ApiProblem): Response {
  const t = apiTranslator(negotiateLocale(request.headers.get("accept-language")));
  const { problem, headers } = problemForError(error, { t, instance: request.nextUrl.pathname });
  return problemResponse(problem, headers);
}
