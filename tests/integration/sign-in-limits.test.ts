import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { ACCOUNT_LIMIT, IP_LIMIT } from "@/lib/security/sign-in-limits";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

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

const attempt = (email: string, password: string, ip = "203.0.113.7") =>
  authenticate({ email, password }, ip);

describe("sign-in abuse limits", () => {
  it("after ten wrong passwords refuses with a retry time, and refuses the right password until then", async () => {
    await account("a@example.com");
    for (let i = 1; i < ACCOUNT_LIMIT.points; i++) {
      await expect(attempt("a@example.com", `wrong${i}`)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    const tenth = await attempt("a@example.com", "wrong10").catch((error: unknown) => error);
    expect(tenth).toMatchObject({ code: "RATE_LIMITED", message: "tooManyAttempts" });
    expect((tenth as { params: { minutes: number } }).params.minutes).toBe(15);
    await expect(attempt("a@example.com", "Right1234")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(attempt("a@example.com", "Right1234", "198.51.100.1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  }, 60_000);

  it("lets the right password in again once the block has expired", async () => {
    await account("b@example.com");
    for (let i = 0; i < ACCOUNT_LIMIT.points; i++)
      await attempt("b@example.com", "wrong").catch(() => {});
    await expect(attempt("b@example.com", "Right1234")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await db.$executeRaw`UPDATE rate_limits SET expire = 0`;
    await expect(attempt("b@example.com", "Right1234")).resolves.toHaveProperty("userId");
  }, 60_000);

  it("a successful sign-in clears the account's failures", async () => {
    await account("c@example.com");
    for (let i = 0; i < ACCOUNT_LIMIT.points - 1; i++)
      await attempt("c@example.com", "wrong").catch(() => {});
    await attempt("c@example.com", "Right1234");
    await expect(attempt("c@example.com", "wrong")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  }, 60_000);

  it("limits one IP trying many accounts", async () => {
    const ip = "192.0.2.50";
    await db.rateLimit.create({
      data: {
        key: `signin-ip:${ip}`,
        points: IP_LIMIT.points,
        expire: BigInt(Date.now() + 600_000),
      },
    });
    await account("d@example.com");
    await expect(attempt("d@example.com", "Right1234", ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(attempt("d@example.com", "Right1234", "192.0.2.51")).resolves.toHaveProperty(
      "userId",
    );
  });

  it("does not tell whether the account exists", async () => {
    await account("e@example.com");
    const unknown = await attempt("ghost@example.com", "x").catch((error: unknown) => error);
    const wrong = await attempt("e@example.com", "x").catch((error: unknown) => error);
    expect(unknown).toMatchObject({ code: "UNAUTHENTICATED", message: "invalidCredentials" });
    expect(wrong).toMatchObject({ code: "UNAUTHENTICATED", message: "invalidCredentials" });
  });
});
