import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import nextConfig from "@/next.config.js";
import { proxy } from "@/proxy";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { answerClientError } from "@/lib/http/client-error";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/http/request-refusal";
import { clientIpFrom, CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import * as unknownApiPath from "@/app/api/v1/[...path]/route";
import * as requirementsPath from "@/app/api/v1/requirements/route";
import * as requirementPath from "@/app/api/v1/requirements/[id]/route";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

const ORIGIN = "http://localhost:3000";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(path, ORIGIN), {
    method: init.method ?? "GET",
    headers: { host: "localhost:3000", ...init.headers },
  });
}

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = await response.json();
  expect(problem).toMatchObject({ status, code });
  expect(problem.detail).toEqual(expect.any(String));
  return problem;
}

const route = (handler: unknown) =>
  handler as (request: NextRequest, context: { params: Promise<object> }) => Promise<Response>;
const call = (handler: unknown, path: string, params: object = {}, method = "GET") =>
  route(handler)(request(path, { method }), { params: Promise.resolve(params) });

describe("text PostgreSQL cannot store, and paths that are not UTF-8", () => {
  it.each(["/api/v1/requirements/%00", "/api/v1/requirements/%ED%A0%80", "/api/v1/vendors/a%01b"])(
    "answers %s with a 404 problem before any route runs",
    async (path) => {
      await expectProblem(proxy(request(path)), 404, "NOT_FOUND");
    },
  );

  it.each([
    "/api/v1/requirements?q=%00",
    "/api/v1/vendors?region=%00",
    "/api/v1/requirements?%00=1",
  ])("answers %s with a 400 problem", async (path) => {
    await expectProblem(proxy(request(path)), 400, "BAD_REQUEST");
  });

  it.each(["/?region=%00", "/?q=a%00b", "/requirements/%00", "/vendors/%ED%A0%80"])(
    "shows the app's not-found page for %s",
    (path) => {
      const response = proxy(request(path));
      expect(new URL(response.headers.get("x-middleware-rewrite")!).pathname).toBe("/_not-found");
    },
  );

  it("lets ordinary Chinese paths and queries through", () => {
    for (const path of ["/?q=%E8%B4%9F%E8%8D%B7%E9%A2%84%E6%B5%8B", "/requirements/abc"]) {
      const response = proxy(request(path));
      expect(response.headers.get("x-middleware-rewrite")).toBeNull();
      expect(response.headers.get("x-middleware-next")).toBe("1");
    }
  });
});

describe("page cursors a client made up", () => {
  const cursor = (values: unknown[]) =>
    Buffer.from(JSON.stringify({ sort: "newest", values })).toString("base64url");

  it.each([
    ["a day that does not exist", ["2027-02-30T00:00:00.000Z", "x"]],
    ["year 0000", ["0000-01-01T00:00:00.000Z", "x"]],
    ["a NUL in the id", ["2026-11-01T00:00:00.000Z", "a\u0000b"]],
    ["an instant in another form", ["2026-11-01T00:00:00Z", "x"]],
  ])("refuses %s on the cursor parameter", async (_what, values) => {
    await createRequirement();
    const response = await call(
      requirementsPath.GET,
      `/api/v1/requirements?sort=newest&cursor=${cursor(values)}`,
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const problem = await response.json();
    expect(problem.errors).toEqual([expect.objectContaining({ name: "cursor" })]);
  });
});

describe("server actions from elsewhere, or too large", () => {
  const action = (headers: Record<string, string>) =>
    proxy(
      request("/organization", { method: "POST", headers: { "next-action": "abc", ...headers } }),
    );

  it("refuses a server action posted from another site with 403", async () => {
    const response = action({ origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("其他网站");
  });

  it("lets the app's own pages post their actions", () => {
    expect(action({ origin: ORIGIN }).headers.get("x-middleware-next")).toBe("1");
  });

  it("refuses a body over the limit with 413, the limit being next.config.js's", async () => {
    const over = String(SERVER_ACTION_BODY_LIMIT_BYTES + 1);
    const response = action({ origin: ORIGIN, "content-length": over });
    expect(response.status).toBe(413);
    expect(action({ origin: ORIGIN, "content-length": "1000" }).status).toBe(200);
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(limit).toBe(`${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
  });
});

describe("the API's own refusals are problems too", () => {
  it("answers an unknown path under /api/v1 with a 404 problem, whatever the method", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const handler = unknownApiPath[method];
      await expectProblem(await call(handler, "/api/v1/nope", {}, method), 404, "NOT_FOUND");
    }
  });

  it("answers a method a path does not serve with a 405 problem naming the allowed ones", async () => {
    const response = await call(requirementsPath.POST, "/api/v1/requirements", {}, "POST");
    await expectProblem(response, 405, "METHOD_NOT_ALLOWED");
    expect(response.headers.get("allow")).toBe("HEAD, OPTIONS, GET");
    const requirement = await createRequirement();
    const path = `/api/v1/requirements/${requirement.id}`;
    const deleted = await call(requirementPath.DELETE, path, { id: requirement.id }, "DELETE");
    await expectProblem(deleted, 405, "METHOD_NOT_ALLOWED");
  });

  describe("headers over the server's limit", () => {
    let server: Server;
    beforeAll(async () => {
      server = createServer((_req, res) => res.end("ok"));
      server.on("clientError", answerClientError);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("answers 431 as a problem", async () => {
      const { port } = server.address() as AddressInfo;
      const { status, type, body } = await new Promise<{
        status?: number;
        type?: string;
        body: string;
      }>((resolve, reject) => {
        const req = httpRequest(
          { port, host: "127.0.0.1", path: "/", headers: { "x-big": "a".repeat(64 * 1024) } },
          (res) => {
            let text = "";
            res.on("data", (chunk) => (text += chunk));
            res.on("end", () =>
              resolve({ status: res.statusCode, type: res.headers["content-type"], body: text }),
            );
          },
        );
        req.on("error", reject);
        req.end();
      });
      expect(status).toBe(431);
      expect(type).toBe("application/problem+json");
      expect(JSON.parse(body)).toMatchObject({ status: 431, code: "HEADERS_TOO_LARGE" });
    });
  });
});

describe("sign-in with an address or IP longer than anything stored", () => {
  it("refuses an email of 300 characters as wrong credentials, not a database error", async () => {
    const email = `${"a".repeat(290)}@example.com`;
    await expect(
      authenticate({ email, password: "Passw0rd!" }, { ip: "203.0.113.5", device: null }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: "invalidCredentials" });
  });

  it("does not take an IP header that is no IP address", async () => {
    expect(clientIpFrom({ [CLIENT_IP_HEADER]: "1".repeat(300) })).toBeNull();
    expect(clientIpFrom({ [CLIENT_IP_HEADER]: "203.0.113.5" })).toBe("203.0.113.5");
    await expect(
      authenticate(
        { email: "x@example.com", password: "Passw0rd!" },
        { ip: "1".repeat(300), device: null },
      ),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: "invalidCredentials" });
  });
});
