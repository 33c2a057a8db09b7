import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { parseInput } from "@/lib/validation/parse-input";
import { isNotificationType, isSecurityType, type NotificationType } from "./events";
import { unsubscribeSchema } from "./notification-preferences.schema";

const invalidLink = () => new DomainError("NOT_FOUND", "unsubscribeLinkInvalid");

/** The type a token names, if it is one we signed, for a type whose email may be turned off. */
async function tokenTarget(token: string) {
  const named = readUnsubscribeToken(token);
  if (!named || !isNotificationType(named.type) || isSecurityType(named.type)) return null;
  const user = await db.user.findUnique({ where: { id: named.userId }, select: { id: true } });
  return user ? { userId: user.id, type: named.type } : null;
}

/** What an unsubscribe link would turn off (the confirmation page), or "not found". */
export async function readUnsubscribeLink(input: {
  token: string;
}): Promise<{ type: NotificationType }> {
  const { token } = parseInput(unsubscribeSchema, input);
  const target = await tokenTarget(token);
  if (!target) throw invalidLink();
  return { type: target.type };
}

/**
 * Turns off one type's email for the user an email's signed token names (RFC 8058 one-click, or
 * the confirmation page), without signing in: the HMAC is the proof. In-app notices stay as
 * chosen. Doing it twice changes nothing; a forged or altered token is "not found".
 */
export async function unsubscribeByToken(input: {
  token: string;
}): Promise<{ type: NotificationType }> {
  const { token } = parseInput(unsubscribeSchema, input);
  const target = await tokenTarget(token);
  if (!target) throw invalidLink();
  await db.notificationPreference.upsert({
    where: { userId_type: target },
    create: { ...target, email: false },
    update: { email: false },
  });
  return { type: target.type };
}
