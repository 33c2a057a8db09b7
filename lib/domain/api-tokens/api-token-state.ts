import "server-only";
export type ApiTokenState = "active" | "revoked" | "invalidated";

const wholeSeconds = (instant: Date) => Math.floor(instant.getTime() / 1000);

/**
 * A token counts as a credential issued when it was created: like a session, it dies with the
 * account's `sessionsValidAfter` (suspension, password reset, removal from the organization).
 * Compared in whole seconds, as actorForUser compares a session's issue time.
 */
export function apiTokenState(
  token: { revokedAt: Date | null; createdAt: Date },
  sessionsValidAfter: Date,
): ApiTokenState {
  if (token.revokedAt) return "revoked";
  return wholeSeconds(token.createdAt) < wholeSeconds(sessionsValidAfter)
    ? "invalidated"
    : "active";
}

/** The creation time as a session issue time (whole seconds), for actorForUser. */
export function tokenIssuedAt(createdAt: Date): Date {
  return new Date(wholeSeconds(createdAt) * 1000);
}
