import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { confirmEmailChange, requestEmailChange } from "@/lib/domain/accounts/change-email";
import { getAccountSettings } from "@/lib/domain/accounts/get-account-settings";
import { getPreferredLocale } from "@/lib/domain/accounts/get-preferred-locale";
import { updateAccountProfile } from "@/lib/domain/accounts/update-account-profile";
import { visitor } from "@/lib/auth/actor";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { linkIn, setUpInbox } from "@/tests/helpers/inbox";
import { createUser } from "@/tests/helpers/actors";
import { fromIp } from "@/tests/helpers/origin";

setUpTestDatabase();
const inbox = setUpInbox();

async function userWithPassword(email = "zhang@example.com") {
  const created = await createUser({ email });
  await db.user.update({
    where: { id: created.user.id },
    data: { passwordHash: await hashPassword("Secret123") },
  });
  return created;
}

const signIn = (email: string) =>
  authenticate({ email, password: "Secret123" }, { ip: null, device: null });

describe("name and language", () => {
  it("saves them, audited, and the language becomes the user's preference", async () => {
    const { actor, user } = await userWithPassword();
    await updateAccountProfile(actor, { name: "张工程师", locale: "en" });
    expect(await getAccountSettings(actor)).toMatchObject({ name: "张工程师", locale: "en" });
    expect(await getPreferredLocale(actor)).toBe("en");
    expect(await getPreferredLocale(visitor)).toBeNull();
    expect(
      await db.auditEvent.count({ where: { action: "user.update-profile", entityId: user.id } }),
    ).toBe(1);
  });

  it("refuses a blank name and an unknown language on their fields", async () => {
    const { actor } = await userWithPassword();
    await expect(
      updateAccountProfile(actor, { name: " ", locale: "fr" as "en" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: expect.any(Array), locale: expect.any(Array) },
    });
  });

  it("is for signed-in users only", async () => {
    await expect(updateAccountProfile(visitor, { name: "x", locale: "en" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});

describe("changing the email address", () => {
  it("takes effect only once the link mailed to the new address is followed", async () => {
    const { actor } = await userWithPassword();
    await requestEmailChange(
      actor,
      { newEmail: " New.Zhang@Example.com ", currentPassword: "Secret123" },
      fromIp(),
    );
    expect(await getAccountSettings(actor)).toMatchObject({
      email: "zhang@example.com",
      pendingEmail: "new.zhang@example.com",
    });
    const mail = await inbox.latestTo("new.zhang@example.com");
    expect(mail.subject).toBe("确认您的智配账号新邮箱");
    await expect(signIn("new.zhang@example.com")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await confirmEmailChange(linkIn(mail, "/confirm-email-change").searchParams.get("token"));
    await expect(signIn("new.zhang@example.com")).resolves.toHaveProperty("userId");
    await expect(signIn("zhang@example.com")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("needs the current password", async () => {
    const { actor } = await userWithPassword();
    await expect(
      requestEmailChange(
        actor,
        { newEmail: "x@example.com", currentPassword: "Wrong123" },
        fromIp(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { currentPassword: ["wrongPassword"] } });
  });

  it("refuses an address another account has, and the one it already has", async () => {
    const { actor } = await userWithPassword();
    await createUser({ email: "taken@example.com" });
    await expect(
      requestEmailChange(
        actor,
        { newEmail: "taken@example.com", currentPassword: "Secret123" },
        fromIp(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { newEmail: ["emailTaken"] } });
    await expect(
      requestEmailChange(
        actor,
        { newEmail: "zhang@example.com", currentPassword: "Secret123" },
        fromIp(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { newEmail: ["sameEmail"] } });
  });

  it("refuses the link if someone registered the address in between", async () => {
    const { actor } = await userWithPassword();
    await requestEmailChange(
      actor,
      { newEmail: "race@example.com", currentPassword: "Secret123" },
      fromIp(),
    );
    const token = linkIn(
      await inbox.latestTo("race@example.com"),
      "/confirm-email-change",
    ).searchParams.get("token");
    await createUser({ email: "race@example.com" });
    await expect(confirmEmailChange(token)).rejects.toMatchObject({ message: "emailTaken" });
  });
});
