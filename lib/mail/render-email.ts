import "server-only";
import { createTranslator } from "next-intl";
import { messages } from "@/messages";
import type { Locale } from "@/lib/i18n/config";
import type { MailMessage } from "./mailer";

export type EmailKind =
  | "verifyEmail"
  | "resetPassword"
  | "unlockSignIn"
  | "changeEmail"
  | "invitation"
  | "verificationApproved"
  | "verificationRejected";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/**
 * A transactional email in the recipient's language, as HTML and plain text. Texts come from the
 * `email.<kind>` messages: subject, greeting, body, action (button label), footer.
 */
export function renderEmail(
  kind: EmailKind,
  locale: Locale,
  to: string,
  values: Record<string, string>,
  link: string | null,
): MailMessage {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "email" });
  const text = (key: string) => t(`${kind}.${key}` as never, values as never) as string;
  const parts = {
    subject: text("subject"),
    greeting: text("greeting"),
    body: text("body"),
    footer: t("footer" as never) as string,
  };
  const action = link ? text("action") : null;

  const plain = [
    parts.greeting,
    "",
    parts.body,
    ...(link ? ["", `${action}: ${link}`] : []),
    "",
    "—",
    parts.footer,
  ].join("\n");
  const button = link
    ? `<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="background:#1d4fd8;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(action!)}</a></p><p style="color:#64748b;font-size:12px">${escapeHtml(link)}</p>`
    : "";
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;color:#0f172a;max-width:560px;margin:auto;padding:24px">
<p style="font-size:18px;font-weight:bold;color:#1a3fb0">智配 Zhipei</p>
<p>${escapeHtml(parts.greeting)}</p><p>${escapeHtml(parts.body)}</p>${button}
<hr style="border:none;border-top:1px solid #e2e8f0"><p style="color:#64748b;font-size:12px">${escapeHtml(parts.footer)}</p></body></html>`;
  return { to, subject: parts.subject, text: plain, html };
}
