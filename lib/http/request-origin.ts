import "server-only";
import { headers } from "next/headers";
import { clientIpFrom, type RequestOrigin } from "@/lib/security/client-ip";

/** Where the current request came from (server components, server actions, route handlers). */
export async function requestOrigin(): Promise<RequestOrigin> {
  return { ip: clientIpFrom(await headers()) };
}
