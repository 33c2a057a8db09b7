import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import {
  CLIENT_MESSAGES,
  pickMessages,
  type ClientMessagesScope,
} from "@/lib/i18n/client-namespaces";

/**
 * Gives the client components below only the namespaces its scope lists
 * (lib/i18n/client-namespaces.ts): these are serialized into the page for the browser.
 */
export async function ClientMessages({
  scope,
  children,
}: {
  scope: ClientMessagesScope;
  children: React.ReactNode;
}) {
  const messages = pickMessages(await getMessages(), CLIENT_MESSAGES[scope].namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
