import type { NextRequest } from "next/server";
import { ApiProblem } from "@/lib/api/api-problem";
import { requestProblem } from "@/lib/api/request-problem";

/** Any path under /api/v1 that no route serves: a 404 problem, whatever the method. */
function unknownPath(request: NextRequest): Response {
  return requestProblem(request, new ApiProblem("NOT_FOUND", "unknownPath"));
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
