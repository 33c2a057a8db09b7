import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { visitor } from "@/lib/auth/actor";
import { actorForUser } from "@/lib/auth/current-actor";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { confirmEmail, resendConfirmation } from "@/lib/domain/accounts/confirm-email";
import { registerAccount } from "@/lib/domain/accounts/register-account";
import { requestPasswordReset, resetPassword } from "@/lib/domain/accounts/reset-password";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { linkIn, setUpInbox } from "@/tests/helpers/inbox";
import { createUser } from "@/tests/helpers/actors";
import { unknownOrigin } from "@/tests/helpers/origin";

setUpTestDatabase();
const inbox = setUpInbox();

const registration = {
  kind: "VENDOR" as const,
  organizationName: "深井智控科技",
  name: "王工",
  email: "  Wang.Gong@Example.COM ",
  password: "Secret123",
  passwordConfirmation: "Secret123",
};

async function registerAndConfirm() {
  await registerAccount(visitor, registration, unknownOrigin);
  const mail = await inbox.latestTo("wang.gong@example.com");
  await confirmEmail(linkIn(mail, "/verify-email").searchParams.get("token"));
}

describe("registration", () => {
  it("creates the user, a new organization of the chosen kind with them as owner, and an audit event", async () => {
    const { userId } = await registerAccount(visitor, registration, unknownOrigin);
    const user = await db.user.findUniqueOrThrow({
      where: { id: userId },
      include: { membership: { include: { organization: true } } },
    });
    expect(user.email).toBe("wang.gong@example.com");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.membership).toMatchObject({
      role: "OWNER",
      organization: { kind: "VENDOR", name: "深井智控科技" },
    });
    expect(
      await db.auditEvent.count({ where: { action: "user.register", entityId: userId } }),
    ).toBe(1);
  });

  it("refuses an address that is already registered, whatever its case, naming the email field", async () => {
    await registerAccount(visitor, registration, unknownOrigin);
    await expect(
      registerAccount(visitor, { ...registration, email: "WANG.GONG@example.com" }, unknownOrigin),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: ["emailTaken"] },
    });
    expect(await db.user.count()).toBe(1);
    expect(await db.organization.count()).toBe(1);
  });

  it("refuses mismatched passwords and weak passwords before writing anything", async () => {
    await expect(
      registerAccount(
        visitor,
        { ...registration, passwordConfirmation: "Other1234" },
        unknownOrigin,
      ),
    ).rejects.toThrow();
    await expect(
      registerAccount(
        visitor,
        {
          ...registration,
          password: "short",
          passwordConfirmation: "short",
        },
        unknownOrigin,
      ),
    ).rejects.toThrow();
    expect(await db.user.count()).toBe(0);
  });

  it("refuses signed-in users", async () => {
    const { actor } = await createUser();
    await expect(registerAccount(actor, registration, unknownOrigin)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("email confirmation", () => {
  it("emails a confirmation link in the user's language that confirms the address once", async () => {
    await registerAccount(visitor, registration, unknownOrigin);
    const mail = await inbox.latestTo("wang.gong@example.com");
    expect(mail.subject).toBe("请确认您的智配账号邮箱");
    expect(mail.html).toContain("确认邮箱");
    const token = linkIn(mail, "/verify-email").searchParams.get("token");
    await expect(
      authenticate(
        { email: registration.email, password: "Secret123" },
        { ip: null, device: null },
      ),
    ).rejects.toMatchObject({
      message: "emailNotVerified",
    });
    await confirmEmail(token);
    await expect(
      authenticate(
        { email: registration.email, password: "Secret123" },
        { ip: null, device: null },
      ),
    ).resolves.toHaveProperty("userId");
    await expect(confirmEmail(token)).rejects.toMatchObject({ message: "tokenInvalid" });
  });

  it("refuses an expired link", async () => {
    await registerAccount(visitor, registration, unknownOrigin);
    const token = linkIn(
      await inbox.latestTo("wang.gong@example.com"),
      "/verify-email",
    ).searchParams.get("token");
    await db.emailToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmEmail(token)).rejects.toMatchObject({ message: "tokenInvalid" });
  });

  it("sends a new link on request, and the old one stops working", async () => {
    await registerAccount(visitor, registration, unknownOrigin);
    const first = linkIn(
      await inbox.latestTo("wang.gong@example.com"),
      "/verify-email",
    ).searchParams.get("token");
    inbox.messages.length = 0;
    await resendConfirmation("wang.gong@example.com", unknownOrigin);
    const second = linkIn(
      await inbox.latestTo("wang.gong@example.com"),
      "/verify-email",
    ).searchParams.get("token");
    await expect(confirmEmail(first)).rejects.toMatchObject({ message: "tokenInvalid" });
    await confirmEmail(second);
  });

  it("stores only a hash of the token", async () => {
    await registerAccount(visitor, registration, unknownOrigin);
    const token = linkIn(
      await inbox.latestTo("wang.gong@example.com"),
      "/verify-email",
    ).searchParams.get("token")!;
    const stored = await db.emailToken.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toHaveLength(64);
  });
});

describe("password reset", () => {
  it("resets the password by an emailed single-use link and signs out every existing session", async () => {
    await registerAndConfirm();
    const before = await db.user.findUniqueOrThrow({ where: { email: "wang.gong@example.com" } });
    inbox.messages.length = 0;
    await requestPasswordReset("wang.gong@example.com", unknownOrigin);
    const mail = await inbox.latestTo("wang.gong@example.com");
    expect(mail.subject).toBe("重置您的智配账号密码");
    const token = linkIn(mail, "/reset-password").searchParams.get("token")!;
    await resetPassword({ token, password: "NewSecret456", passwordConfirmation: "NewSecret456" });

    await expect(
      authenticate(
        { email: "wang.gong@example.com", password: "Secret123" },
        { ip: null, device: null },
      ),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(
      authenticate(
        { email: "wang.gong@example.com", password: "NewSecret456" },
        { ip: null, device: null },
      ),
    ).resolves.toHaveProperty("userId");
    expect(await actorForUser(before.id, new Date(Date.now() - 60_000))).toEqual(visitor);
    await expect(
      resetPassword({ token, password: "Third7890", passwordConfirmation: "Third7890" }),
    ).rejects.toMatchObject({ message: "tokenInvalid" });
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    await expect(
      requestPasswordReset("nobody@example.com", unknownOrigin),
    ).resolves.toBeUndefined();
    await inbox.settle();
    expect(inbox.messages).toHaveLength(0);
  });
});

describe("sessions", () => {
  it("turns a session into the actor with organization and role", async () => {
    await registerAndConfirm();
    const user = await db.user.findUniqueOrThrow({
      where: { email: "wang.gong@example.com" },
      include: { membership: true },
    });
    expect(await actorForUser(user.id, new Date())).toEqual({
      kind: "user",
      userId: user.id,
      isAdmin: false,
      orgId: user.membership!.orgId,
      orgKind: "VENDOR",
      orgRole: "OWNER",
    });
  });

  it("signs out a suspended user at their next request", async () => {
    const { user } = await createUser();
    const issuedAt = new Date();
    expect((await actorForUser(user.id, issuedAt)).kind).toBe("user");
    await db.user.update({
      where: { id: user.id },
      data: { status: "SUSPENDED", sessionsValidAfter: new Date(Date.now() + 1000) },
    });
    expect(await actorForUser(user.id, issuedAt)).toEqual(visitor);
  });
});
