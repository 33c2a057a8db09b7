import "server-only";
import { hashToken, newSecretToken } from "@/lib/security/tokens";

/** Marks our tokens, so that secret scanners and people recognise one pasted somewhere. */
const MARKER = "zp_";
/** The marker and 8 characters of the secret: enough to tell tokens apart, useless to guess. */
const PREFIX_LENGTH = MARKER.length + 8;
const TOKEN_PATTERN = /^zp_[A-Za-z0-9_-]{43}$/;

/** A new token: the plaintext (shown once), its hash (stored) and its prefix (shown in lists). */
export function newApiTokenSecret() {
  const plaintext = `${MARKER}${newSecretToken()}`;
  return { plaintext, hash: hashToken(plaintext), prefix: plaintext.slice(0, PREFIX_LENGTH) };
}

/** The stored hash of a presented token; null when it cannot be one of ours (no lookup needed). */
export function apiTokenHash(presented: string): string | null {
  return TOKEN_PATTERN.test(presented) ? hashToken(presented) : null;
}
