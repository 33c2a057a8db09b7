import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { mailFrom, smtpUrl } from "@/lib/config";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox message, so a receiving server can tell a resend from a new message. */
  messageId?: string;
  headers?: Record<string, string>;
}

const transports = new Map<string, Transporter>();

function transport(): Transporter {
  const url = smtpUrl();
  let existing = transports.get(url);
  if (!existing) {
    existing = nodemailer.createTransport(url);
    transports.set(url, existing);
  }
  return existing;
}

/** Sends one message through the SMTP server of SMTP_URL. */
export async function sendMail(message: MailMessage): Promise<void> {
  await transport().sendMail({ from: mailFrom(), ...message });
}
