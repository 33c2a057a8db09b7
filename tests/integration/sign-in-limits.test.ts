import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { requestPasswordReset, resetPassword } from "@/lib/domain/accounts/reset-password";
import { requestSignInUnlock, unlockSignIn } from "@/lib/domain/accounts/unlock-sign-in";
import { POLICIES, emailKey } from "@/lib/security/rate-limits";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { linkIn, setUpInbox } from "@/tests/helpers/inbox";
import { fromIp } from "@/tests/helpers/origin";

setUpTestDatabase();
const inbox = setUpInbox();

async function account(email: string) {
  await db.user.create({
    data: {
      email,
      name: "测试",
      passwordHash: await hashPassword("Right1234"),
      emailVerifiedAt: new Date(),
    },
  });
}

const attempt = (
  email: string,
  password: string,
  ip = "203.0.113.7",
  device: string | null = null,
) => authenticate({ email, password }, { ip, device });

const refusal = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

/** Puts a policy's counter for `key` at its limit, as an attack would have. */
async function exhaust(policy: "signInAccount" | "signInIp", key: string) {
  await db.rateLimit.create({
    data: {
      key: `${policy}:${key}`,
      points: POLICIES[policy].points,
      expire: BigInt(Date.now() + 600_000),
    },
  });
}

describe("sign-in limits per account and source", () => {
  it("after ten wrong passwords from one IP refuses that IP with a retry time, the right password too", async () => {
    await account("a@example.com");
    for (let i = 1; i < POLICIES.signInPair.points; i++) {
      await expect(attempt("a@example.com", `wrong${i}`)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    const tenth = await refusal(attempt("a@example.com", "wrong10"));
    expect(tenth).toMatchObject({ code: "RATE_LIMITED", message: "tooManyAttempts" });
    expect((tenth as { params: { minutes: number } }).params.minutes).toBe(15);
    await expect(attempt("a@example.com", "Right1234")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  }, 60_000);

  it("a stranger's failures do not lock the owner out: the right password from another IP gets in", async () => {
    await account("b@example.com");
    for (let i = 0; i < POLICIES.signInPair.points; i++)
      await attempt("b@example.com", "wrong", "198.51.100.66").catch(() => {});
    await expect(attempt("b@example.com", "Right1234", "198.51.100.66")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(attempt("b@example.com", "Right1234", "203.0.113.7")).resolves.toHaveProperty(
      "userId",
    );
  }, 60_000);

  it("lets the right password in again once the block has expired", async () => {
    await account("c@example.com");
    for (let i = 0; i < POLICIES.signInPair.points; i++)
      await attempt("c@example.com", "wrong").catch(() => {});
    await db.$executeRaw`UPDATE rate_limits SET expire = 0`;
    await expect(attempt("c@example.com", "Right1234")).resolves.toHaveProperty("userId");
  }, 60_000);

  it("a successful sign-in clears that source's failures", async () => {
    await account("d@example.com");
    for (let i = 0; i < POLICIES.signInPair.points - 1; i++)
      await attempt("d@example.com", "wrong").catch(() => {});
    await attempt("d@example.com", "Right1234");
    await expect(attempt("d@example.com", "wrong")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  }, 60_000);

  it("does not tell whether the account exists", async () => {
    await account("e@example.com");
    const unknown = await refusal(attempt("ghost@example.com", "x"));
    const wrong = await refusal(attempt("e@example.com", "x"));
    expect(unknown).toMatchObject({ code: "UNAUTHENTICATED", message: "invalidCredentials" });
    expect(wrong).toMatchObject({ code: "UNAUTHENTICATED", message: "invalidCredentials" });
  });
});

describe("the account-wide ceiling stops the attack, never the owner", () => {
  it("failures from many IPs close the account to new devices", async () => {
    await account("f@example.com");
    for (let i = 0; i < POLICIES.signInAccount.points; i++)
      await attempt("f@example.com", "wrong", `198.51.100.${i + 1}`).catch(() => {});
    await expect(attempt("f@example.com", "Right1234", "192.0.2.200")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "accountProtected",
    });
  }, 120_000);

  it("a browser that signed in before is not refused", async () => {
    await account("g@example.com");
    const { device } = await attempt("g@example.com", "Right1234", "192.0.2.10");
    await exhaust("signInAccount", emailKey("g@example.com"));
    await expect(attempt("g@example.com", "Right1234", "192.0.2.99")).rejects.toMatchObject({
      message: "accountProtected",
    });
    await expect(
      attempt("g@example.com", "Right1234", "192.0.2.99", device),
    ).resolves.toHaveProperty("userId");
  });

  it("a stranger on the owner's IP cannot lock out the owner's known device", async () => {
    await account("h@example.com");
    const { device } = await attempt("h@example.com", "Right1234", "192.0.2.10");
    for (let i = 0; i < POLICIES.signInPair.points; i++)
      await attempt("h@example.com", "wrong", "192.0.2.10").catch(() => {});
    await expect(attempt("h@example.com", "Right1234", "192.0.2.10")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(
      attempt("h@example.com", "Right1234", "192.0.2.10", device),
    ).resolves.toHaveProperty("userId");
  }, 60_000);

  it("the owner on a new browser gets in through the emailed unlock link", async () => {
    await account("i@example.com");
    await exhaust("signInAccount", emailKey("i@example.com"));
    await requestSignInUnlock("i@example.com", fromIp("192.0.2.30"));
    const mail = await inbox.latestTo("i@example.com");
    expect(mail.subject).toBe("解锁您的智配账号登录");
    const device = await unlockSignIn(
      linkIn(mail, "/unlock-sign-in").searchParams.get("token"),
      null,
    );
    await expect(
      attempt("i@example.com", "Right1234", "192.0.2.30", device),
    ).resolves.toHaveProperty("userId");
  });

  it("a password reset lifts the account's limits", async () => {
    await account("j@example.com");
    await exhaust("signInAccount", emailKey("j@example.com"));
    for (let i = 0; i < POLICIES.signInPair.points; i++)
      await attempt("j@example.com", "wrong", "192.0.2.40").catch(() => {});
    await requestPasswordReset("j@example.com", fromIp("192.0.2.40"));
    const token = linkIn(await inbox.latestTo("j@example.com"), "/reset-password").searchParams.get(
      "token",
    )!;
    await resetPassword({ token, password: "NewRight567", passwordConfirmation: "NewRight567" });
    await expect(attempt("j@example.com", "NewRight567", "192.0.2.40")).resolves.toHaveProperty(
      "userId",
    );
  }, 60_000);

  it("one IP trying many accounts is refused for new devices, not for known ones", async () => {
    await account("k@example.com");
    const { device } = await attempt("k@example.com", "Right1234", "192.0.2.60");
    await exhaust("signInIp", "192.0.2.50");
    await expect(attempt("k@example.com", "Right1234", "192.0.2.50")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(
      attempt("k@example.com", "Right1234", "192.0.2.50", device),
    ).resolves.toHaveProperty("userId");
  });
});
