import "server-only";
import type { MemberActor } from "@/lib/auth/guards";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { emailKey, limit } from "@/lib/security/rate-limits";

/**
 * Refuses, with the wait, an invitation mail (new or sent again) when the owner or their IP has
 * sent many, or the organization has written to the address often (a mailbox is not to be flooded).
 */
export function limitInvitationMail(owner: MemberActor, email: string, origin: RequestOrigin) {
  return limit(
    "tooManyRequests",
    ["invitationUser", owner.userId],
    ["invitationIp", origin.ip],
    ["invitationRecipient", `${owner.orgId}:${emailKey(email)}`],
  );
}
