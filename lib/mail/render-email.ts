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

export interface EmailParts {
  subject: string;
  greeting: string;
  body: string;
  /** The button's label; shown only with a link. */
  action: string;
  /** A list after the body (a digest's items), each with its own link. */
  items?: EmailItem[];
}

export interface EmailItem {
  title: string;
  text: string;
  link: string;
}

/** Where the recipient turns this type of mail off: the page, its label, the RFC 8058 target. */
export interface EmailUnsubscribe {
  pageUrl: string;
  oneClickUrl: string;
  label: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const emailTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "email" });

function plainText(
  parts: EmailParts,
  footer: string,
  link: string | null,
  unsub?: EmailUnsubscribe,
) {
  return [
    parts.greeting,
    "",
    parts.body,
    ...(parts.items ?? []).flatMap((item) => ["", item.title, item.text, item.link]),
    ...(link ? ["", `${parts.action}: ${link}`] : []),
    "",
    "—",
    footer,
    ...(unsub ? [`${unsub.label}: ${unsub.pageUrl}`] : []),
  ].join("\n");
}

function html(
  locale: Locale,
  parts: EmailParts,
  footer: string,
  link: string | null,
  unsub?: EmailUnsubscribe,
) {
  const button = link
    ? `<p style="margin:24px 0"><a href="${escapeHtml(link)}" style="background:#1d4fd8;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(parts.action)}</a></p><p style="color:#64748b;font-size:12px">${escapeHtml(link)}</p>`
    : "";
  const items = (parts.items ?? [])
    .map(
      (item) =>
        `<li style="margin:12px 0"><a href="${escapeHtml(item.link)}" style="color:#1d4fd8">${escapeHtml(item.title)}</a><br><span style="color:#334155">${escapeHtml(item.text)}</span></li>`,
    )
    .join("");
  const list = items ? `<ul style="padding-left:18px">${items}</ul>` : "";
  const unsubscribe = unsub
    ? `<p style="color:#64748b;font-size:12px"><a href="${escapeHtml(unsub.pageUrl)}" style="color:#475569">${escapeHtml(unsub.label)}</a></p>`
    : "";
  return `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;color:#0f172a;max-width:560px;margin:auto;padding:24px">
<p style="font-size:18px;font-weight:bold;color:#1a3fb0">智配 Zhipei</p>
<p>${escapeHtml(parts.greeting)}</p><p>${escapeHtml(parts.body)}</p>${list}${button}
<hr style="border:none;border-top:1px solid #e2e8f0"><p style="color:#64748b;font-size:12px">${escapeHtml(footer)}</p>${unsubscribe}</body></html>`;
}

/** One email in the house layout, as HTML and plain text, with RFC 8058 headers when it can be turned off. */
export function composeEmail(
  locale: Locale,
  to: string,
  parts: EmailParts,
  link: string | null,
  unsubscribe?: EmailUnsubscribe,
): MailMessage {
  const footer = emailTranslator(locale)("footer" as never) as string;
  return {
    to,
    subject: parts.subject,
    text: plainText(parts, footer, link, unsubscribe),
    html: html(locale, parts, footer, link, unsubscribe),
    ...(unsubscribe && {
      headers: {
        "List-Unsubscribe": `<${unsubscribe.oneClickUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    }),
  };
}

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
  const t = emailTranslator(locale);
  const text = (key: string) => t(`${kind}.${key}` as never, values as never) as string;
  const parts = {
    subject: text("subject"),
    greeting: text("greeting"),
    body: text("body"),
    action: link ? text("action") : "",
  };
  return composeEmail(locale, to, parts, link);
}
