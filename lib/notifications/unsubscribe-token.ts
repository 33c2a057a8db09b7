import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/lib/config";

function secret(): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is not set");
  return "zhipei-development-unsubscribe";
}

const sign = (payload: string) =>
  createHmac("sha256", `unsubscribe:${secret()}`).update(payload).digest("base64url");

/** A token that lets its holder turn off one notification type's email for one user, no sign-in. */
export function unsubscribeToken(userId: string, type: string): string {
  const payload = Buffer.from(JSON.stringify([userId, type])).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The user and type a token names, or null when it was not signed by us. */
export function readUnsubscribeToken(token: string): { userId: string; type: string } | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [userId, type] = JSON.parse(Buffer.from(payload, "base64url").toString()) as unknown[];
    return typeof userId === "string" && typeof type === "string" ? { userId, type } : null;
  } catch {
    return null;
  }
}

/** The page a person opens from the email's link (it asks before it unsubscribes). */
export const unsubscribePageUrl = (token: string) =>
  `${appUrl()}/unsubscribe?token=${encodeURIComponent(token)}`;

/** RFC 8058 one-click target: mail clients POST `List-Unsubscribe=One-Click` to it. */
export const oneClickUnsubscribeUrl = (token: string) =>
  `${appUrl()}/unsubscribe/one-click?token=${encodeURIComponent(token)}`;
