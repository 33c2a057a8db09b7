import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse-input";
import { errorKey } from "@/lib/validation/fields";
import { isNotificationType, isSecurityType } from "./events";
import { DIGEST_PREFERENCE } from "./digest-choice";
import {
  channelsOfChoice,
  updateNotificationPreferencesSchema,
  type DigestChoice,
  type UpdateNotificationPreferences,
} from "./notification-preferences.schema";
import { requireNotificationOwner } from "./notification-permissions";

type Tx = Prisma.TransactionClient;

/** Unknown types and security types (which cannot be turned off) are refused on their field. */
function refusedTypes(preferences: { type: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  preferences.forEach(({ type }, index) => {
    if (!isNotificationType(type) || isSecurityType(type))
      errors[`preferences[${index}].channel`] = [errorKey("invalid")];
  });
  return errors;
}

async function saveDigest(tx: Tx, userId: string, digest: DigestChoice) {
  const key = { userId_type: { userId, type: DIGEST_PREFERENCE } };
  if (digest === "NONE") {
    await tx.notificationPreference.deleteMany({ where: { userId, type: DIGEST_PREFERENCE } });
    return;
  }
  await tx.notificationPreference.upsert({
    where: key,
    create: { userId, type: DIGEST_PREFERENCE, digest },
    update: { digest },
  });
}

/**
 * Saves the actor's own channel choice per type, and (vendor members only) the digest rhythm, in
 * one transaction. Not audited: like a bookmark, a preference concerns no one else.
 */
export async function updateNotificationPreferences(
  actor: Actor,
  input: UpdateNotificationPreferences,
): Promise<void> {
  const user = requireNotificationOwner(actor);
  const { preferences, digest } = parseInput(updateNotificationPreferencesSchema, input);
  const fieldErrors = refusedTypes(preferences);
  if (Object.keys(fieldErrors).length > 0)
    throw new DomainError("VALIDATION", errorKey("invalid"), { fieldErrors });
  if (digest !== undefined) requireVendorMember(actor);
  await db.$transaction(async (tx) => {
    for (const { type, channel } of preferences) {
      const channels = channelsOfChoice(channel);
      await tx.notificationPreference.upsert({
        where: { userId_type: { userId: user.userId, type } },
        create: { userId: user.userId, type, ...channels },
        update: channels,
      });
    }
    if (digest !== undefined) await saveDigest(tx, user.userId, digest);
  });
}
