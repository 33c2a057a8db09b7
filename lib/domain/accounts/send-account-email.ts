import { appUrl } from "@/lib/config";
import { isLocale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/mailer";
import { renderEmail } from "@/lib/mail/render-email";

/** Sends the confirmation or password-reset link, in the user's language. */
export async function sendAccountEmail(
  kind: "verifyEmail" | "resetPassword",
  user: { email: string; name: string; locale: string },
  token: string,
): Promise<void> {
  const path = kind === "verifyEmail" ? "/verify-email" : "/reset-password";
  const link = `${appUrl()}${path}?token=${encodeURIComponent(token)}`;
  const locale = isLocale(user.locale) ? user.locale : "zh-CN";
  await sendMail(renderEmail(kind, locale, user.email, { name: user.name }, link));
}
