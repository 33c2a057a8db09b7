import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { apiTokenState } from "./api-token-state";

/** The signed-in user's own tokens, newest first, with the state each is in. Never the secret. */
export async function listApiTokens(actor: Actor) {
  const user = requireUser(actor);
  const { sessionsValidAfter, apiTokens } = await db.user.findUniqueOrThrow({
    where: { id: user.userId },
    select: {
      sessionsValidAfter: true,
      apiTokens: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          name: true,
          prefix: true,
          scope: true,
          createdAt: true,
          lastUsedAt: true,
          revokedAt: true,
        },
      },
    },
  });
  return apiTokens.map((token) => ({ ...token, state: apiTokenState(token, sessionsValidAfter) }));
}

export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];
