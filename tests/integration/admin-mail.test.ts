import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listCaughtMail } from "@/lib/domain/admin/list-caught-mail";
import { sendMail } from "@/lib/mail/mailer";
import { startMailSink, type SmtpCatcher } from "@/scripts/lib/smtp-sink";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";

setUpTestDatabase();

let dir: string;
let sink: SmtpCatcher;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "zhipei-mail-sink-"));
  sink = await startMailSink(0, dir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
  process.env.MAIL_SINK_DIR = dir;
});
afterEach(async () => {
  process.env.MAIL_SINK_DIR = dir;
  for (const name of await readdir(dir)) await rm(path.join(dir, name));
});
afterAll(async () => {
  await sink.close();
  await rm(dir, { recursive: true, force: true });
});

async function waitForFiles(count: number) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if ((await readdir(dir)).length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`fewer than ${count} messages arrived`);
}

const adminOnly: Record<Role, string> = {
  visitor: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  owner: "FORBIDDEN",
  otherOwner: "FORBIDDEN",
  admin: "allowed",
};

describe("who may read the caught mail", () => {
  it.each(ALL_ROLES)("%s", async (role) => {
    const cast = await createCast();
    const outcome = await listCaughtMail(cast.roles[role]).then(
      () => "allowed",
      (error: { code: string }) => error.code,
    );
    expect(outcome).toBe(adminOnly[role]);
  });
});

describe("the caught mail", () => {
  it("shows what the sink caught, newest first, with the plain text", async () => {
    const { actor } = await createUser({ isAdmin: true });
    await sendMail({
      to: "first@example.com",
      subject: "第一封",
      text: "请确认：http://localhost:3000/verify-email?token=abc",
      html: "<p>第一封</p>",
    });
    await waitForFiles(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await sendMail({ to: "second@example.com", subject: "第二封", text: "你好", html: "<p/>" });
    await waitForFiles(2);

    const { configured, messages } = await listCaughtMail(actor);
    expect(configured).toBe(true);
    expect(messages.map((m) => m.subject)).toEqual(["第二封", "第一封"]);
    expect(messages[1]).toMatchObject({
      to: "first@example.com",
      text: expect.stringContaining("http://localhost:3000/verify-email?token=abc"),
    });
    expect(messages[1]!.id).toMatch(/\.eml$/);
    expect(messages[1]!.date).toBeInstanceOf(Date);
  });

  it("keeps to the newest 100 messages", async () => {
    const { actor } = await createUser({ isAdmin: true });
    const base = Date.now() / 1000 - 1000;
    for (let n = 0; n < 105; n++) {
      const file = path.join(dir, `message-${String(n).padStart(3, "0")}.eml`);
      await writeFile(file, `To: n${n}@example.com\r\nSubject: 邮件 ${n}\r\n\r\n正文 ${n}\r\n`);
      await utimes(file, base + n, base + n);
    }
    const { messages } = await listCaughtMail(actor);
    expect(messages).toHaveLength(100);
    expect(messages[0]!.subject).toBe("邮件 104");
    expect(messages.at(-1)!.subject).toBe("邮件 5");
  });

  it("says so when no sink is configured, and lists nothing for a sink that caught nothing", async () => {
    const { actor } = await createUser({ isAdmin: true });
    expect(await listCaughtMail(actor)).toEqual({ configured: true, messages: [] });
    process.env.MAIL_SINK_DIR = path.join(dir, "not-created-yet");
    expect(await listCaughtMail(actor)).toEqual({ configured: true, messages: [] });
    delete process.env.MAIL_SINK_DIR;
    expect(await listCaughtMail(actor)).toEqual({ configured: false, messages: [] });
  });
});
