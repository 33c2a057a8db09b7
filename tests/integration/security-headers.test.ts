import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const ORIGIN = "http://localhost:3000";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(path, ORIGIN), {
    method: init.method ?? "GET",
    headers: { host: "localhost:3000", ...init.headers },
  });
}

/** The Content-Security-Policy as a map of directive to its sources. */
function directives(policy: string | null): Record<string, string> {
  return Object.fromEntries(
    (policy ?? "").split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources.join(" ")];
    }),
  );
}

afterEach(() => {
  delete process.env.APP_URL;
});

describe("every response's security headers", () => {
  it.each(["/account/tokens", "/", "/api/v1/requirements", "/_next/static/chunks/x.js"])(
    "%s cannot be framed and says what it is",
    (path) => {
      const headers = proxy(request(path)).headers;
      const csp = directives(headers.get("content-security-policy"));
      expect(csp["frame-ancestors"]).toBe("'none'");
      expect(csp["object-src"]).toBe("'none'");
      expect(csp["base-uri"]).toBe("'self'");
      expect(csp["img-src"]).toBe("'self' data:");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(headers.get("permissions-policy")).toContain("camera=()");
      expect(headers.get("strict-transport-security")).toBeNull();
    },
  );

  it("allows only scripts with this response's nonce, and hands the nonce to Next.js", () => {
    const first = proxy(request("/"));
    const second = proxy(request("/"));
    const scripts = directives(first.headers.get("content-security-policy"))["script-src"];
    expect(scripts).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
    expect(scripts).not.toContain("unsafe-inline");
    expect(second.headers.get("content-security-policy")).not.toBe(
      first.headers.get("content-security-policy"),
    );
    // Next.js reads the policy (and so the nonce) from the request headers it passes on.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(
      first.headers.get("content-security-policy"),
    );
  });

  it("sandboxes uploaded files, whatever the route says", () => {
    for (const path of ["/files/attachments/abc", "/files/licences/abc", "/files/logos/abc"]) {
      const csp = directives(proxy(request(path)).headers.get("content-security-policy"));
      expect(csp["default-src"]).toBe("'none'");
      expect(csp).toHaveProperty("sandbox");
      expect(csp["frame-ancestors"]).toBe("'none'");
    }
  });

  it("adds HSTS when the app is served over https", () => {
    process.env.APP_URL = "https://zhipei.example.cn";
    const headers = proxy(request("/")).headers;
    expect(headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    expect(headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
