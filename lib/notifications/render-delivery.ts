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
import type { DigestItem } from "@/lib/domain/notifications/queue-digests";
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

/** Every mail a user may turn off carries its one-click unsubscribe (/unsubscribe). */
const unsubscribeOf = (locale: Locale, delivery: StoredDelivery) =>
  delivery.unsubscribeType && delivery.userId
    ? unsubscribeFor(locale, delivery.userId, delivery.unsubscribeType)
    : undefined;

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
    greeting: t(
      "email.notificationGreeting" as never,
      {
        name: values.recipientName ?? values.name,
      } as never,
    ) as string,
    body: text("body"),
    action: t("notifications.open" as never) as string,
  };
  return composeEmail(
    locale,
    delivery.toAddress,
    parts,
    delivery.link,
    unsubscribeOf(locale, delivery),
  );
}

/** A digest: its items are the in-app notices' texts, each linking to its requirement. */
function renderDigest(locale: Locale, delivery: StoredDelivery, values: Record<string, string>) {
  const t = createTranslator({ locale, messages: messages[locale] });
  const text = (key: string, params: Record<string, string>) =>
    t(key as never, params as never) as string;
  const items = (JSON.parse(values.items ?? "[]") as DigestItem[]).map((item) => ({
    title: text(`notifications.types.${item.type}.title`, item.params),
    text: text(`notifications.types.${item.type}.body`, item.params),
    link: item.link,
  }));
  const rhythm = values.rhythm === "WEEKLY" ? "weekly" : "daily";
  const parts = {
    subject: text(`email.digest.${rhythm}Subject`, values),
    greeting: text("email.notificationGreeting", values),
    body: text(`email.digest.${rhythm}Body`, values),
    action: text("email.digest.action", values),
    items,
  };
  return composeEmail(
    locale,
    delivery.toAddress,
    parts,
    delivery.link,
    unsubscribeOf(locale, delivery),
  );
}

/** The message an outbox row stands for, rendered when it is sent, in the recipient's language. */
export function renderDelivery(delivery: StoredDelivery): MailMessage {
  const locale = isLocale(delivery.locale) ? delivery.locale : "zh-CN";
  const values = (delivery.values ?? {}) as Record<string, string>;
  if (delivery.kind === "notification") return renderNotification(locale, delivery, values);
  if (delivery.kind === "digest") return renderDigest(locale, delivery, values);
  return renderEmail(delivery.kind as EmailKind, locale, delivery.toAddress, values, delivery.link);
}
