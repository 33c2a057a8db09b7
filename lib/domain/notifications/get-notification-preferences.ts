import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isVendorMember } from "@/lib/auth/guards";
import { channelsFor } from "./channels";
import { isSecurityType, type NotificationType } from "./events";
import {
  channelChoice,
  type ChannelChoice,
  type DigestChoice,
} from "./notification-preferences.schema";
import { requireNotificationOwner } from "./notification-permissions";
import { typesConcerning } from "./preference-audience";
import { DIGEST_PREFERENCE, readDigest } from "./digest-choice";

export interface TypePreference {
  type: NotificationType;
  channel: ChannelChoice;
  /** Security mail: always emailed, not a choice. */
  fixed: boolean;
}

/** The actor's choice for each type that concerns them, and (vendor members) their digest. */
export async function getNotificationPreferences(
  actor: Actor,
): Promise<{ types: TypePreference[]; digest: DigestChoice | null }> {
  const user = requireNotificationOwner(actor);
  const rows = await db.notificationPreference.findMany({
    where: { userId: user.userId },
    select: { type: true, inApp: true, email: true, digest: true },
  });
  const byType = new Map(rows.map((row) => [row.type, row]));
  const types = typesConcerning(user).map((type) => ({
    type,
    channel: channelChoice(channelsFor(type, byType.get(type))),
    fixed: isSecurityType(type),
  }));
  const digest = isVendorMember(user) ? readDigest(byType.get(DIGEST_PREFERENCE)) : null;
  return { types, digest };
}
