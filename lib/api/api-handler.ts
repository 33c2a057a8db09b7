import "server-only";
import type { NextRequest } from "next/server";
import type { AnyApiRoute, ApiFile } from "./define-route";
import { generatedFileHeaders } from "@/lib/http/generated-file";
import { apiTranslator, negotiateLocale } from "./locale";
import { parseRequest } from "./parse-request";
import { problemForError } from "./problem-for-error";
import { API_HEADERS, problemResponse } from "./problem";
import { assertMayCall, requestCredential } from "./request-credential";
import { refusalProblem } from "./request-problem";
import { requestRefusal } from "@/lib/http/request-refusal";

function fileResponse(file: ApiFile): Response {
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    headers: generatedFileHeaders({ ...file, sizeBytes: file.body.byteLength }),
  });
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The Next.js route handler of an API route: who asks, whether their token may call it, the
 * parsed input, the use case, the typed answer; every refusal as application/problem+json.
 */
export function apiHandler(route: AnyApiRoute) {
  return async function handle(request: NextRequest, context: RouteContext): Promise<Response> {
    const t = apiTranslator(negotiateLocale(request.headers.get("accept-language")));
    try {
      // proxy.ts refuses these first; a route must hold even where it did not run.
      const refusal = requestRefusal(request);
      if (refusal) throw refusalProblem(refusal);
      const credential = await requestCredential(request);
      assertMayCall(credential, request.method);
      const input = await parseRequest(route, request, await context.params, t);
      const result = route.response.parse(await route.run({ actor: credential.actor, ...input }));
      if (route.file) return fileResponse(result as ApiFile);
      return Response.json(result, { headers: API_HEADERS });
    } catch (error) {
      const { problem, headers } = problemForError(error, {
        t,
        instance: request.nextUrl.pathname,
      });
      return problemResponse(problem, headers);
    }
  };
}
