import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { limit } from "@/lib/security/rate-limits";
import { parseInput } from "@/lib/validation/parse-input";
import { createApiTokenSchema, type CreateApiTokenInput } from "./api-token.schema";
import { newApiTokenSecret } from "./token-secret";

/** Enough for every script and integration a person runs; more is a sign of tokens never revoked. */
export const MAX_ACTIVE_API_TOKENS = 20;

/**
 * A signed-in user creates a personal API token. The plaintext is returned this once and never
 * stored: only its hash and a short prefix are. A user (or an IP) creates only so many an hour.
 */
export async function createApiToken(
  actor: Actor,
  input: CreateApiTokenInput,
  origin: RequestOrigin,
) {
  const user = requireUser(actor);
  const { name, scope } = parseInput(createApiTokenSchema, input);
  await limit("tooManyRequests", ["apiTokenUser", user.userId], ["apiTokenIp", origin.ip]);
  const secret = newApiTokenSecret();
  const token = await db.$transaction(async (tx) => {
    // Serialises one user's creations, so that two at once cannot pass the limit together.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.userId} FOR UPDATE`;
    const active = await tx.apiToken.count({ where: { userId: user.userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_API_TOKENS)
      throw new DomainError("CONFLICT", "apiTokenLimit", {
        params: { max: MAX_ACTIVE_API_TOKENS },
      });
    const created = await tx.apiToken.create({
      data: { userId: user.userId, name, scope, tokenHash: secret.hash, prefix: secret.prefix },
      select: { id: true, name: true, prefix: true, scope: true, createdAt: true },
    });
    await recordAuditEvent(tx, user, {
      entityType: "apiToken",
      entityId: created.id,
      action: "api-token.create",
      after: { name, scope, prefix: secret.prefix },
    });
    return created;
  });
  return { ...token, plaintext: secret.plaintext };
}

export type CreatedApiToken = Awaited<ReturnType<typeof createApiToken>>;
