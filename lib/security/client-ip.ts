import "server-only";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import proxyAddr from "proxy-addr";

// Next.js does not give route handlers or server actions the socket's address, and fills
// X-Forwarded-For from the socket only when the client sent none: a client would choose its own
// IP. So the app's server (scripts/server.ts) decides the client's address before Next sees the
// request and hands it on in a header of its own, overwriting whatever a client sent in it.

/** The header the app's server sets to the client's address; any incoming value is replaced. */
export const CLIENT_IP_HEADER = "x-zhipei-client-ip";

/** Where a request came from, as far as the abuse limits need to know. */
export interface RequestOrigin {
  ip: string | null;
}

type Trust = (address: string, hop: number) => boolean;

/**
 * Which proxies' X-Forwarded-For to believe, from TRUSTED_PROXIES: unset or 0, none (the socket's
 * address is the client's); a number, that many proxies in front of the app; otherwise a
 * comma-separated list of addresses and CIDR ranges (or `loopback`, `linklocal`, `uniquelocal`).
 */
export function trustedProxies(setting: string | undefined): Trust {
  const value = (setting ?? "").trim();
  if (value === "" || value === "0") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyAddr.compile(value.split(",").map((entry) => entry.trim()));
}

/** The client's address: the socket's, or the nearest one not a trusted proxy in the chain. */
export function clientAddress(req: IncomingMessage, trust: Trust): string {
  return proxyAddr(req, trust).replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}

/** Hands the request's client address on to the app, replacing whatever a client put there. */
export function stampClientIp(req: IncomingMessage, trust: Trust): void {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req, trust);
}

/**
 * The client address the app's server handed on, from request headers; null when absent or not
 * an IP address (`next start` without the app's server passes on whatever a client sent).
 */
export function clientIpFrom(
  headers: Headers | Record<string, unknown> | undefined,
): string | null {
  const value =
    headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  return typeof value === "string" && isIP(value) !== 0 ? value : null;
}
