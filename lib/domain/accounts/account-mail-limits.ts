import "server-only";
import { emailKey, limit } from "@/lib/security/rate-limits";
import type { RequestOrigin } from "@/lib/security/client-ip";
import type { AccountEmailKind } from "./send-account-email";

/**
 * Refuses, with the wait, a request for an account mail when its IP or its recipient has had too
 * many: counted whether or not the address has an account, so the answer tells nothing.
 */
export function limitAccountMail(kind: AccountEmailKind, email: string, origin: RequestOrigin) {
  return limit(
    "tooManyRequests",
    ["accountMailIp", origin.ip],
    ["accountMailRecipient", `${kind}:${emailKey(email)}`],
  );
}
