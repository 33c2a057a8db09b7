import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientIpFrom, stampClientIp, trustedProxies } from "@/lib/security/client-ip";

// The app's server (scripts/server.ts) stamps each request before Next.js sees it; here the same
// stamp runs in a real HTTP server that answers with the address the app would read.
let server: Server | null = null;

async function serve(setting: string | undefined): Promise<string> {
  const trust = trustedProxies(setting);
  server = createServer((req, res) => {
    stampClientIp(req, trust);
    res.end(clientIpFrom(req.headers as Record<string, unknown>) ?? "");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

const seen = async (url: string, headers: Record<string, string> = {}) =>
  (await fetch(url, { headers })).text();

describe("the client IP", () => {
  it("is the socket's address by default, whatever the client claims", async () => {
    const url = await serve(undefined);
    expect(await seen(url, { "X-Forwarded-For": "198.51.100.23" })).toBe("127.0.0.1");
    expect(await seen(url, { "X-Real-IP": "198.51.100.24" })).toBe("127.0.0.1");
    expect(await seen(url, { "X-Zhipei-Client-IP": "198.51.100.25" })).toBe("127.0.0.1");
  });

  it("comes from X-Forwarded-For as far back as the trusted proxies go (hop count)", async () => {
    const url = await serve("1");
    expect(await seen(url, { "X-Forwarded-For": "198.51.100.23" })).toBe("198.51.100.23");
    // A client's own forged entry sits left of what the one trusted proxy appended.
    expect(await seen(url, { "X-Forwarded-For": "10.9.9.9, 198.51.100.23" })).toBe("198.51.100.23");
    expect(await seen(url)).toBe("127.0.0.1");
  });

  it("comes from X-Forwarded-For only through proxies in the trusted ranges (CIDRs)", async () => {
    const trustingLoopback = await serve("127.0.0.0/8, 10.0.0.0/8");
    expect(await seen(trustingLoopback, { "X-Forwarded-For": "203.0.113.5, 10.1.2.3" })).toBe(
      "203.0.113.5",
    );
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const trustingOthers = await serve("10.0.0.0/8");
    expect(await seen(trustingOthers, { "X-Forwarded-For": "203.0.113.5" })).toBe("127.0.0.1");
  });

  it("refuses a TRUSTED_PROXIES setting it cannot read", () => {
    expect(() => trustedProxies("not-an-address")).toThrow();
  });
});
