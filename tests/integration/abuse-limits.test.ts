import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { visitor } from "@/lib/auth/actor";
import { resendConfirmation } from "@/lib/domain/accounts/confirm-email";
import { registerAccount } from "@/lib/domain/accounts/register-account";
import { requestPasswordReset } from "@/lib/domain/accounts/reset-password";
import { createApiToken } from "@/lib/domain/api-tokens/create-api-token";
import { inviteMember } from "@/lib/domain/members/invite-member";
import { resendInvitation } from "@/lib/domain/members/resend-invitation";
import { revokeInvitation } from "@/lib/domain/members/revoke-invitation";
import { reportRequirement } from "@/lib/domain/requirements/reports/report-requirement";
import { POLICIES } from "@/lib/security/rate-limits";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpInbox } from "@/tests/helpers/inbox";
import { createCast, createUser } from "@/tests/helpers/actors";
import { createRequirement } from "@/tests/helpers/factories";
import { fromIp } from "@/tests/helpers/origin";

setUpTestDatabase();
const inbox = setUpInbox();

const refusal = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

/** The refusal every limit gives: RATE_LIMITED, with the minutes to wait for the message. */
const limited = { code: "RATE_LIMITED", message: "tooManyRequests" };

const registration = (n: number) => ({
  kind: "VENDOR" as const,
  organizationName: `批量注册公司${n}`,
  name: "测试",
  email: `bulk${n}@example.com`,
  password: "Secret123",
  passwordConfirmation: "Secret123",
});

describe("sign-up", () => {
  it("registers only a few accounts an hour from one IP, and says when to try again", async () => {
    const ip = fromIp("198.51.100.80");
    for (let n = 0; n < POLICIES.signUpIp.points; n++)
      await registerAccount(visitor, registration(n), ip);
    const refused = await refusal(registerAccount(visitor, registration(99), ip));
    expect(refused).toMatchObject(limited);
    expect((refused as { params: { minutes: number } }).params.minutes).toBeGreaterThan(0);
    expect(await db.user.count()).toBe(POLICIES.signUpIp.points);
    await registerAccount(visitor, registration(100), fromIp("198.51.100.81"));
  }, 120_000);
});

describe("account mails", () => {
  async function confirmedUser(email: string) {
    const { user } = await createUser({ email });
    return user;
  }

  it("sends only a few password-reset mails to one address, from any number of IPs", async () => {
    await confirmedUser("victim@example.com");
    for (let i = 0; i < POLICIES.accountMailRecipient.points; i++)
      await requestPasswordReset("victim@example.com", fromIp(`198.51.100.${i + 1}`));
    await expect(
      requestPasswordReset("victim@example.com", fromIp("198.51.100.200")),
    ).rejects.toMatchObject(limited);
    await inbox.settle();
    expect(inbox.messages).toHaveLength(POLICIES.accountMailRecipient.points);
  });

  it("answers an unknown address the same way, so the limit tells nothing", async () => {
    for (let i = 0; i < POLICIES.accountMailRecipient.points; i++)
      await requestPasswordReset("nobody@example.com", fromIp());
    await expect(requestPasswordReset("nobody@example.com", fromIp())).rejects.toMatchObject(
      limited,
    );
  });

  it("limits confirmation mails per address and requests per IP", async () => {
    await registerAccount(visitor, registration(1), fromIp("192.0.2.1"));
    for (let i = 1; i < POLICIES.accountMailRecipient.points + 1; i++)
      await resendConfirmation("bulk1@example.com", fromIp("192.0.2.1"));
    await expect(
      resendConfirmation("bulk1@example.com", fromIp("192.0.2.1")),
    ).rejects.toMatchObject(limited);
    const ip = fromIp("192.0.2.2");
    for (let i = 0; i < POLICIES.accountMailIp.points; i++)
      await resendConfirmation(`someone${i}@example.com`, ip);
    await expect(resendConfirmation("another@example.com", ip)).rejects.toMatchObject(limited);
  });
});

describe("signed-in actions", () => {
  it("sends an invitation to one address only a few times a day", async () => {
    const cast = await createCast("ENTERPRISE");
    const origin = fromIp();
    const invite = () =>
      inviteMember(cast.owner.actor, { orgId: cast.org.id, email: "invitee@example.com" }, origin);
    const { invitationId } = await invite();
    for (let i = 1; i < POLICIES.invitationRecipient.points; i++)
      await resendInvitation(cast.owner.actor, { invitationId }, origin);
    await expect(
      resendInvitation(cast.owner.actor, { invitationId }, origin),
    ).rejects.toMatchObject(limited);
    await revokeInvitation(cast.owner.actor, { invitationId });
    await expect(invite()).rejects.toMatchObject(limited);
  });

  it("files only so many reports an hour per user", async () => {
    const { actor, user } = await createUser();
    const requirement = await createRequirement();
    await db.rateLimit.create({
      data: {
        key: `reportUser:${user.id}`,
        points: POLICIES.reportUser.points,
        expire: BigInt(Date.now() + 600_000),
      },
    });
    await expect(
      reportRequirement(actor, { requirementId: requirement.id, reason: "MISLEADING" }, fromIp()),
    ).rejects.toMatchObject(limited);
    expect(await db.report.count()).toBe(0);
  });

  it("files only so many reports an hour per IP, whoever is signed in", async () => {
    const requirement = await createRequirement();
    const ip = fromIp("198.51.100.90");
    for (let i = 0; i < POLICIES.reportIp.points; i++) {
      const { actor } = await createUser();
      await reportRequirement(actor, { requirementId: requirement.id, reason: "MISLEADING" }, ip);
    }
    const { actor } = await createUser();
    await expect(
      reportRequirement(actor, { requirementId: requirement.id, reason: "MISLEADING" }, ip),
    ).rejects.toMatchObject(limited);
  }, 60_000);

  it("creates only so many API tokens an hour", async () => {
    const { actor } = await createUser();
    for (let i = 0; i < POLICIES.apiTokenUser.points; i++)
      await createApiToken(actor, { name: `脚本${i}`, scope: "READ" }, fromIp());
    await expect(
      createApiToken(actor, { name: "再来一个", scope: "READ" }, fromIp()),
    ).rejects.toMatchObject(limited);
  });
});
