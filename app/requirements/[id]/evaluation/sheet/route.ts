import type { NextRequest } from "next/server";
import { PROBLEM_STATUS } from "@/lib/api/problem";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { exportEvaluationSheet } from "@/lib/domain/evaluation/sheet/export-evaluation-sheet";
import { generatedFileHeaders } from "@/lib/http/generated-file";

/**
 * The evaluation sheet (评分表) download, `?format=xlsx|csv&lang=zh-CN|en`, for whoever may read
 * the ranking. A visitor or another organization learns nothing (404); a vendor, an admin or an
 * evaluator who has not submitted is refused (403).
 */
export async function GET(
  request: NextRequest,
  context: RouteContext<"/requirements/[id]/evaluation/sheet">,
) {
  const { id } = await context.params;
  const query = request.nextUrl.searchParams;
  try {
    const file = await exportEvaluationSheet(await currentActor(), {
      requirementId: id,
      format: query.get("format") ?? undefined,
      locale: query.get("lang") ?? undefined,
    });
    return new Response(file.body as Uint8Array<ArrayBuffer>, {
      headers: generatedFileHeaders({ ...file, sizeBytes: file.body.byteLength }),
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const status = error.code === "UNAUTHENTICATED" ? 404 : PROBLEM_STATUS[error.code];
    return new Response(status === 404 ? "Not found" : error.message, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
