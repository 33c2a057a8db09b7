import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSmtpCatcher, type SmtpCatcher } from "@/scripts/lib/smtp-sink";

export interface Inbox {
  messages: ParsedMail[];
  /** The newest message to `address`, waiting briefly for it to arrive. */
  latestTo(address: string): Promise<ParsedMail>;
}

/**
 * A real SMTP server on a free loopback port for the calling test file; SMTP_URL points the app's
 * mailer at it. Emptied before each test.
 */
export function setUpInbox(): Inbox {
  let catcher: SmtpCatcher;
  const inbox: Inbox = {
    messages: [],
    async latestTo(address) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const found = inbox.messages
          .filter((m) => m.to && JSON.stringify(m.to).includes(address))
          .at(-1);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no message to ${address}`);
    },
  };
  beforeAll(async () => {
    catcher = await startSmtpCatcher(0, (raw) => {
      void simpleParser(raw).then((mail) => inbox.messages.push(mail));
    });
    process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
  });
  beforeEach(() => {
    inbox.messages.length = 0;
  });
  afterAll(() => catcher.close());
  return inbox;
}

/** The first link in a message's text that goes to `path`. */
export function linkIn(mail: ParsedMail, path: string): URL {
  const match = (mail.text ?? "").match(new RegExp(`https?://\\S*${path}\\S*`));
  if (!match) throw new Error(`no ${path} link in "${mail.subject}"`);
  return new URL(match[0]);
}
