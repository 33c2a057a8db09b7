import type { NextRequest } from "next/server";
import type { ApiProblem } from "./api-problem";
import { apiTranslator, negotiateLocale } from "./locale";
import { problemForError } from "./problem-for-error";
import { problemResponse } from "./problem";

/** A refusal the request pipeline decides alone (a malformed URL, an unknown path or method). */
export function requestProblem(request: NextRequest, error: ApiProblem): Response {
  const t = apiTranslator(negotiateLocale(request.headers.get("accept-language")));
  const { problem, headers } = problemForError(error, { t, instance: request.nextUrl.pathname });
  return problemResponse(problem, headers);
}
