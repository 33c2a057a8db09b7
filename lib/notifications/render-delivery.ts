import "server-only";
import { createTranslator } from "next-intl";
import { messages } from "@/messages";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { MailMessage } from "@/lib/mail/mailer";
import {
  composeEmail,
  renderEmail,
  type EmailKind,
  type EmailUnsubscribe,
} from "@/lib/mail/render-email";
import { oneClickUnsubscribeUrl, unsubscribePageUrl, unsubscribeToken } from "./unsubscribe-token";

export interface StoredDelivery {
  toAddress: string;
  locale: string;
  kind: string;
  values: unknown;
  link: string | null;
  userId: string | null;
  unsubscribeType: string | null;
}

function unsubscribeFor(locale: Locale, userId: string, type: string): EmailUnsubscribe {
  const token = unsubscribeToken(userId, type);
  const t = createTranslator({ locale, messages: messages[locale], namespace: "email" });
  return {
    pageUrl: unsubscribePageUrl(token),
    oneClickUrl: oneClickUnsubscribeUrl(token),
    label: t("unsubscribe" as never) as string,
  };
}

/** A notification's email: its texts are the in-app ones (`notifications.types.<type>`). */
function renderNotification(
  locale: Locale,
  delivery: StoredDelivery,
  values: Record<string, string>,
) {
  const t = createTranslator({ locale, messages: messages[locale] });
  const text = (key: string) =>
    t(`notifications.types.${values.type}.${key}` as never, values as never) as string;
  const parts = {
    subject: text("title"),
    greeting: t("email.notificationGreeting" as never, values as never) as string,
    body: text("body"),
    action: t("notifications.open" as never) as string,
  };
  const unsubscribe =
    delivery.unsubscribeType && delivery.userId
      ? unsubscribeFor(locale, delivery.userId, delivery.unsubscribeType)
      : undefined;
  return composeEmail(locale, delivery.toAddress, parts, delivery.link, unsubscribe);
}

/** The message an outbox row stands for, rendered when it is sent, in the recipient's language. */
export function renderDelivery(delivery: StoredDelivery): MailMessage {
  const locale = isLocale(delivery.locale) ? delivery.locale : "zh-CN";
  const values = (delivery.values ?? {}) as Record<string, string>;
  if (delivery.kind === "notification") return renderNotification(locale, delivery, values);
  return renderEmail(delivery.kind as EmailKind, locale, delivery.toAddress, values, delivery.link);
}
