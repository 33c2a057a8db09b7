import { ApiProblem } from "@/lib/api/api-problem";
import { apiTranslator, translateErrorKey } from "@/lib/api/locale";
import { problemForError } from "@/lib/api/problem-for-error";
import type { Locale } from "@/lib/i18n/config";

/** The answer to `?limit=500`, made by the API's own code, as the reference's example. */
export function exampleProblem(locale: Locale): string {
  const t = apiTranslator(locale);
  const detail = translateErrorKey(t, "numberRange?min=1&max=50") ?? "";
  const error = new ApiProblem("BAD_REQUEST", "invalidRequest", [
    { in: "query", name: "limit", detail },
  ]);
  const { problem } = problemForError(error, { t, instance: "/api/v1/requirements" });
  return JSON.stringify(problem, null, 2);
}
