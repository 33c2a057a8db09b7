import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { registerAccount } from "@/lib/domain/accounts/register-account";
import { requestPasswordReset } from "@/lib/domain/accounts/reset-password";
import { inviteMember } from "@/lib/domain/members/invite-member";
import { decideVerification } from "@/lib/domain/verification/decide-verification";
import { requestVerification } from "@/lib/domain/verification/request-verification";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpInbox } from "@/tests/helpers/inbox";
import { createCast } from "@/tests/helpers/actors";
import { unknownOrigin } from "@/tests/helpers/origin";

setUpTestDatabase();
const inbox = setUpInbox();

// The app runs behind a proxy: it knows itself by an internal name, the public by APP_URL.
const PUBLIC_URL = "https://zhipei.example.cn";
const saved = { APP_URL: process.env.APP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
let storageDir: string;
beforeAll(async () => {
  process.env.APP_URL = `${PUBLIC_URL}/`;
  process.env.NEXTAUTH_URL = "http://app-internal:3000";
  storageDir = await mkdtemp(path.join(tmpdir(), "zhipei-mail-links-"));
  process.env.STORAGE_DIR = storageDir;
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await rm(storageDir, { recursive: true, force: true });
});

/** Every absolute link of a message, in its text and its HTML. */
function linksOf(mail: ParsedMail): string[] {
  const html = typeof mail.html === "string" ? mail.html : "";
  return [...`${mail.text ?? ""} ${html}`.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
}

function expectPublicLinks(mail: ParsedMail, pathPart: string) {
  const links = linksOf(mail);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link.startsWith(`${PUBLIC_URL}/`)).toBe(true);
  expect(links.some((link) => new URL(link).pathname === pathPart)).toBe(true);
}

describe("links in email", () => {
  it("confirmation and password reset link to APP_URL", async () => {
    await registerAccount(
      visitor,
      {
        kind: "VENDOR",
        organizationName: "深井智控科技",
        name: "王工",
        email: "wang@example.com",
        password: "Secret123",
        passwordConfirmation: "Secret123",
      },
      unknownOrigin,
    );
    expectPublicLinks(await inbox.latestTo("wang@example.com"), "/verify-email");
    inbox.messages.length = 0;
    await requestPasswordReset("wang@example.com", unknownOrigin);
    expectPublicLinks(await inbox.latestTo("wang@example.com"), "/reset-password");
  });

  it("invitations link to APP_URL", async () => {
    const { org, owner } = await createCast("ENTERPRISE");
    await inviteMember(owner.actor, { orgId: org.id, email: "li@example.com" }, unknownOrigin);
    const mail = await inbox.latestTo("li@example.com");
    expect(linksOf(mail).some((link) => link.startsWith(`${PUBLIC_URL}/invitations/`))).toBe(true);
    for (const link of linksOf(mail)) expect(link.startsWith(`${PUBLIC_URL}/`)).toBe(true);
  });

  it("verification decisions link to APP_URL", async () => {
    const cast = await createCast();
    const license = new File([new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"))], "执照.pdf", {
      type: "application/pdf",
    });
    const { requestId } = await requestVerification(cast.roles.owner, {
      orgId: cast.org.id,
      license,
    });
    await decideVerification(cast.roles.admin, { decision: "approve", requestId });
    expectPublicLinks(await inbox.latestTo(cast.owner.user.email), "/organization");
  });
});
