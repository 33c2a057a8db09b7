import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";

// The app under test sends real SMTP to the e2e server's sink, which keeps each message as an
// .eml file in this folder (see scripts/e2e-server.ts).
const MAIL_DIR = path.resolve(".data/e2e-mail");

async function messagesTo(address: string): Promise<ParsedMail[]> {
  const files = readdirSync(MAIL_DIR)
    .filter((name) => name.endsWith(".eml"))
    .sort();
  const mails = await Promise.all(
    files.map((name) => simpleParser(readFileSync(path.join(MAIL_DIR, name)))),
  );
  return mails.filter((mail) => JSON.stringify(mail.to ?? "").includes(address));
}

/** The link to `pathPart` in the newest message to `address`, waiting for the message to arrive. */
export async function linkFromMail(address: string, pathPart: string): Promise<string> {
  let link = "";
  await expect
    .poll(
      async () => {
        const newest = (await messagesTo(address)).at(-1);
        link = newest?.text?.match(new RegExp(`https?://\\S*${pathPart}\\S*`))?.[0] ?? "";
        return link;
      },
      { timeout: 15_000 },
    )
    .not.toBe("");
  return link;
}
