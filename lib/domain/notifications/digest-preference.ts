import type { DigestChoice } from "./notification-preferences.schema";

/**
 * The NotificationPreference row that holds a vendor member's digest rhythm (`digest`: DAILY or
 * WEEKLY). No row means no digest: matching requirements and saved-search hits are mailed one by one.
 */
export const DIGEST_PREFERENCE = "digest";

export function readDigest(row: { digest: string | null } | undefined): DigestChoice {
  return row?.digest === "DAILY" || row?.digest === "WEEKLY" ? row.digest : "NONE";
}
