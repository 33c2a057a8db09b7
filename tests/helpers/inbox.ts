import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { sweepOutbox } from "@/lib/notifications/deliver-email";
import { startSmtpCatcher, type SmtpCatcher } from "@/scripts/lib/smtp-sink";

export interface Inbox {
  messages: ParsedMail[];
  /** The newest message to `address`, sending the outbox as the worker would, waiting briefly. */
  latestTo(address: string): Promise<ParsedMail>;
  /** Sends every outbox email as the worker's sweep would, and waits until they arrived. */
  settle(): Promise<void>;
  /**
   * The messages to `address` once `count` of them were parsed (or after a few seconds), and a
   * moment more, so a duplicate on its way would be counted too.
   */
  arrivedTo(address: string, count: number): Promise<ParsedMail[]>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real SMTP server on a free loopback port for the calling test file; SMTP_URL points the app's
 * mailer at it. Emptied before each test.
 */
export function setUpInbox(): Inbox {
  let catcher: SmtpCatcher;
  let arrived = 0;
  const inbox: Inbox = {
    messages: [],
    async latestTo(address) {
      for (let attempt = 0; attempt < 50; attempt++) {
        await sweepOutbox(0);
        const found = inbox.messages
          .filter((m) => m.to && JSON.stringify(m.to).includes(address))
          .at(-1);
        if (found) return found;
        await pause(100);
      }
      throw new Error(`no message to ${address}`);
    },
    async settle() {
      const sent = await sweepOutbox(0);
      for (let attempt = 0; attempt < 50 && inbox.messages.length < arrived + sent; attempt++) {
        await pause(50);
      }
      arrived = inbox.messages.length;
    },
    async arrivedTo(address, count) {
      const to = () => inbox.messages.filter((m) => JSON.stringify(m.to).includes(address));
      for (let attempt = 0; attempt < 100 && to().length < count; attempt++) await pause(50);
      await pause(100);
      return to();
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
    arrived = 0;
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
