import "server-only";
import { appUrl } from "@/lib/config";
import { isLocale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/mailer";
import { renderEmail } from "@/lib/mail/render-email";

const PATHS = {
  verifyEmail: "/verify-email",
  resetPassword: "/reset-password",
  unlockSignIn: "/unlock-sign-in",
  changeEmail: "/confirm-email-change",
} as const;

export type AccountEmailKind = keyof typeof PATHS;

/** Sends an account link (confirmation, reset, unlock, new address) in the user's language. */
export async function sendAccountEmail(
  kind: AccountEmailKind,
  user: { email: string; name: string; locale: string },
  token: string,
): Promise<void> {
  const link = `${appUrl()}${PATHS[kind]}?token=${encodeURIComponent(token)}`;
  const locale = isLocale(user.locale) ? user.locale : "zh-CN";
  await sendMail(renderEmail(kind, locale, user.email, { name: user.name }, link));
}
