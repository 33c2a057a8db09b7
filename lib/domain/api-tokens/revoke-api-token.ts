import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { apiTokenTargetSchema, type ApiTokenTarget } from "./api-token.schema";

/**
 * A user revokes one of their own tokens: it stops working at once. Only the owner may (admins
 * too act on their own tokens only); another user's token is "not found", so ids reveal nothing.
 */
export async function revokeApiToken(actor: Actor, input: ApiTokenTarget): Promise<void> {
  const user = requireUser(actor);
  const { tokenId } = parseInput(apiTokenTargetSchema, input);
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, userId: user.userId },
      select: { name: true, prefix: true },
    });
    if (!token) throw new DomainError("NOT_FOUND", "apiTokenNotFound");
    const revokedAt = new Date();
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, revokedAt: null },
      data: { revokedAt },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "apiTokenRevoked");
    await recordAuditEvent(tx, user, {
      entityType: "apiToken",
      entityId: tokenId,
      action: "api-token.revoke",
      before: { ...token, revokedAt: null },
      after: { ...token, revokedAt: revokedAt.toISOString() },
    });
  });
}
