import "server-only";
import { createTranslator } from "next-intl";
import { messages } from "@/messages";
import type { Locale } from "@/lib/i18n/config";
import { toPlainText } from "@react-email/render";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { EmailLayout } from "./email-layout";
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

const emailTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "email" });

function html(
  locale: Locale,
  parts: EmailParts,
  footer: string,
  link: string | null,
  unsub?: EmailUnsubscribe,
) {
  const layout = createElement(EmailLayout, {
    locale,
    greeting: parts.greeting,
    body: parts.body,
    items: parts.items,
    footer,
    ...(link && { action: { label: parts.action, href: link } }),
    ...(unsub && { unsubscribe: { label: unsub.label, href: unsub.pageUrl } }),
  });
  return `<!DOCTYPE html>${renderToStaticMarkup(layout)}`;
}

/** One email in the house layout (email-layout.tsx), as HTML and its plain text, with RFC 8058 headers when it can be turned off. */
export function composeEmail(
  locale: Locale,
  to: string,
  parts: EmailParts,
  link: string | null,
  unsubscribe?: EmailUnsubscribe,
): MailMessage {
  const footer = emailTranslator(locale)("footer" as never) as string;
  const markup = html(locale, parts, footer, link, unsubscribe);
  return {
    to,
    subject: parts.subject,
    text: toPlainText(markup),
    html: markup,
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
