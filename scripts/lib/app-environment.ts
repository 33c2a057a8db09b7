import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startMailSink, type SmtpCatcher } from "./smtp-sink";

/** A session secret kept under .data so that sign-ins survive restarts of the demo. */
function localSecret(file: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * What the app needs around it on one machine (the demo, the end-to-end tests): a local SMTP
 * sink whose messages land in `mailDir`, a session secret, the public URL and a contact address
 * for the footer. Returns the
 * environment for the app and the sink to close.
 */
export async function localAppEnvironment(options: {
  port: number;
  smtpPort: number;
  mailDir: string;
  freshMail?: boolean;
}): Promise<{ env: Record<string, string>; sink: SmtpCatcher }> {
  const mailDir = path.resolve(options.mailDir);
  if (options.freshMail) rmSync(mailDir, { recursive: true, force: true });
  const sink = await startMailSink(options.smtpPort, mailDir);
  const appUrl = `http://localhost:${options.port}`;
  const env = {
    NEXTAUTH_SECRET: localSecret(path.resolve(".data", "nextauth-secret")),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
    APP_URL: process.env.APP_URL ?? appUrl,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    MAIL_SINK_DIR: mailDir,
    // The demo's addresses are all @zhipei.demo; mail to them lands in the sink.
    CONTACT_EMAIL: process.env.CONTACT_EMAIL ?? "contact@zhipei.demo",
  };
  Object.assign(process.env, env);
  return { env, sink };
}
