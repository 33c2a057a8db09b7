import "server-only";
// Settings read from the environment, in one place (each is documented in .env.example).

/** The public base URL of the app, used in links sent by email. */
export function appUrl(): string {
  const url =
    process.env.APP_URL ??
    process.env.NEXTAUTH_URL ??
    `http://localhost:${process.env.PORT ?? 3000}`;
  return url.replace(/\/+$/, "");
}

export function smtpUrl(): string {
  return process.env.SMTP_URL ?? "smtp://127.0.0.1:1025";
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "智配 Zhipei <no-reply@zhipei.local>";
}

/** Where `npm run demo`'s local SMTP sink keeps the messages it caught (unset elsewhere). */
export function mailSinkDir(): string | null {
  return process.env.MAIL_SINK_DIR ?? null;
}

/** The ICP filing number (ICP 备案号, e.g. 京ICP备12345678号-1) the footer shows; none when unset. */
export function icpFilingNumber(): string | null {
  return process.env.ICP_BEIAN?.trim() || null;
}

/** The operator's contact address the footer shows; none when unset. */
export function contactEmail(): string | null {
  return process.env.CONTACT_EMAIL?.trim() || null;
}

/** The OCDS ocid prefix registered for this publisher (ocids are `<prefix>-<requirement id>`). */
export function ocdsOcidPrefix(): string {
  return process.env.OCDS_OCID_PREFIX?.trim() || "ocds-zhipei";
}
