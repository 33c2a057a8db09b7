import type { RequestOrigin } from "@/lib/security/client-ip";

/** A request from a client at `ip` (a documentation address by default). */
export const fromIp = (ip = "203.0.113.10"): RequestOrigin => ({ ip });

/** A request whose IP is not known (per-IP limits do not apply); for tests about other things. */
export const unknownOrigin: RequestOrigin = { ip: null };
