import "server-only";
import { db } from "@/lib/db";
import { actorForUser } from "@/lib/auth/current-actor";
import type { UserActor } from "@/lib/auth/guards";
import type { ApiTokenScope } from "@/lib/generated/prisma/enums";
import { tokenIssuedAt } from "./api-token-state";
import { apiTokenHash } from "./token-secret";

/** How often at most a token's `lastUsedAt` is written: a busy script costs no write per call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiTokenCredential {
  actor: UserActor;
  scope: ApiTokenScope;
  tokenId: string;
}

/**
 * The user a presented token speaks for, or null: unknown, revoked, or its user suspended or
 * signed out everywhere since the token was made (the same rule as sessions: actorForUser).
 */
export async function authenticateApiToken(presented: string): Promise<ApiTokenCredential | null> {
  const tokenHash = apiTokenHash(presented);
  if (!tokenHash) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      userId: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  if (!token || token.revokedAt) return null;
  const actor = await actorForUser(token.userId, tokenIssuedAt(token.createdAt));
  if (actor.kind !== "user") return null;
  await touchLastUsed(token);
  return { actor, scope: token.scope, tokenId: token.id };
}

async function touchLastUsed(token: { id: string; lastUsedAt: Date | null }): Promise<void> {
  const now = new Date();
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (token.lastUsedAt && token.lastUsedAt > staleBefore) return;
  // Conditional, so that concurrent requests write it once.
  await db.apiToken.updateMany({
    where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
    data: { lastUsedAt: now },
  });
}
