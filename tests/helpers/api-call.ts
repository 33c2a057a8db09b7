import { expect } from "vitest";
import { NextRequest } from "next/server";
import type { apiHandler } from "@/lib/api/api-handler";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { unknownOrigin } from "./origin";

type Handler = ReturnType<typeof apiHandler>;

/** Calls a route handler as Next.js would, with a real request. */
export function call(
  handler: Handler,
  path: string,
  {
    params = {},
    token,
    method = "GET",
    headers = {},
    body,
  }: {
    params?: Record<string, string>;
    token?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  } = {},
) {
  const request = new NextRequest(new URL(path, "http://localhost:3000"), {
    method,
    body,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return handler(request, { params: Promise.resolve(params) });
}

export async function tokenOf(actor: Actor, scope: "READ" | "READ_WRITE" = "READ") {
  return (await createApiToken(actor, { name: "测试", scope }, unknownOrigin)).plaintext;
}

export async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = await response.json();
  expect(problem).toMatchObject({ status, code, instance: expect.stringMatching(/^\//) });
  expect(problem.title).toEqual(expect.any(String));
  expect(problem.detail).toEqual(expect.any(String));
  return problem;
}
