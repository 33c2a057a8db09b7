import "server-only";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { mailSinkDir } from "@/lib/config";

const LIMIT = 100;

export interface CaughtMail {
  /** The .eml file's name. */
  id: string;
  to: string;
  subject: string;
  date: Date;
  text: string;
}

const addresses = (to: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(to) ? to : to ? [to] : []).map((a) => a.text).join(", ");

async function newestFiles(dir: string): Promise<{ name: string; mtime: Date }[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files = await Promise.all(
    names
      .filter((name) => name.endsWith(".eml"))
      .map(async (name) => ({ name, mtime: (await stat(path.join(dir, name))).mtime })),
  );
  return files
    .sort((a, b) => b.mtime.getTime() - a.mtime.getTime() || b.name.localeCompare(a.name))
    .slice(0, LIMIT);
}

/**
 * Admins: the messages the demo's local SMTP sink caught (MAIL_SINK_DIR), newest first, at most
 * 100. `configured` is false where no sink runs (production sends real email).
 */
export async function listCaughtMail(
  actor: Actor,
): Promise<{ configured: boolean; messages: CaughtMail[] }> {
  requireAdmin(actor);
  const dir = mailSinkDir();
  if (!dir) return { configured: false, messages: [] };
  const files = await newestFiles(dir);
  const messages = await Promise.all(
    files.map(async ({ name, mtime }) => {
      const mail = await simpleParser(await readFile(path.join(dir, name)));
      return {
        id: name,
        to: addresses(mail.to),
        subject: mail.subject ?? "",
        date: mail.date ?? mtime,
        text: mail.text ?? "",
      };
    }),
  );
  return { configured: true, messages };
}
