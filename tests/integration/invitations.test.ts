import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { visitor } from "@/lib/auth/actor";
import { actorForUser } from "@/lib/auth/current-actor";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { acceptInvitation } from "@/lib/domain/members/accept-invitation";
import { claimInvitation } from "@/lib/domain/members/claim-invitation";
import { getInvitation } from "@/lib/domain/members/get-invitation";
import { inviteMember } from "@/lib/domain/members/invite-member";
import { resendInvitation } from "@/lib/domain/members/resend-invitation";
import { revokeInvitation } from "@/lib/domain/members/revoke-invitation";
import { signUpWithInvitation } from "@/lib/domain/members/sign-up-with-invitation";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { linkIn, setUpInbox } from "@/tests/helpers/inbox";
import { ALL_ROLES, createCast, createUser } from "@/tests/helpers/actors";
import { createInvitation, createOrganization } from "@/tests/helpers/factories";
import { expectOutcome, OWNER_ONLY } from "@/tests/helpers/members";
import { unknownOrigin } from "@/tests/helpers/origin";

setUpTestDatabase();
const inbox = setUpInbox();

const newPassword = { name: "李工", password: "Secret123", passwordConfirmation: "Secret123" };

/** The token of the newest invitation link emailed to `address`. */
async function emailedToken(address: string): Promise<string> {
  const link = linkIn(await inbox.latestTo(address), "/invitations/");
  return decodeURIComponent(link.pathname.split("/").at(-1)!);
}

async function castWithInvitation(overrides: { email?: string; expiresAt?: Date } = {}) {
  const cast = await createCast("ENTERPRISE");
  const { invitation, token } = await createInvitation({
    orgId: cast.org.id,
    invitedById: cast.owner.user.id,
    ...overrides,
  });
  return { ...cast, invitation, token };
}

describe("who may invite, send again and revoke", () => {
  it.each(ALL_ROLES)("invite as %s", async (role) => {
    const cast = await createCast();
    await expectOutcome(OWNER_ONLY, role, () =>
      inviteMember(
        cast.roles[role],
        { orgId: cast.org.id, email: "new@example.com" },
        unknownOrigin,
      ),
    );
    expect(await db.invitation.count()).toBe(OWNER_ONLY[role] === "allowed" ? 1 : 0);
  });

  it.each(ALL_ROLES)("resend as %s", async (role) => {
    const { roles, invitation } = await castWithInvitation();
    await expectOutcome(OWNER_ONLY, role, () =>
      resendInvitation(roles[role], { invitationId: invitation.id }, unknownOrigin),
    );
    const after = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(after.tokenHash !== invitation.tokenHash).toBe(OWNER_ONLY[role] === "allowed");
  });

  it.each(ALL_ROLES)("revoke as %s", async (role) => {
    const { roles, invitation } = await castWithInvitation();
    await expectOutcome(OWNER_ONLY, role, () =>
      revokeInvitation(roles[role], { invitationId: invitation.id }),
    );
    const after = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(after.revokedAt !== null).toBe(OWNER_ONLY[role] === "allowed");
  });
});

describe("inviting by email", () => {
  it("emails a working 7-day link to the normalized address, in the inviter's language", async () => {
    const { org, owner } = await createCast("ENTERPRISE");
    await inviteMember(
      owner.actor,
      { orgId: org.id, email: "  Li.Gong@Example.COM " },
      unknownOrigin,
    );
    const mail = await inbox.latestTo("li.gong@example.com");
    expect(mail.subject).toBe(`${owner.user.name} 邀请您加入「${org.name}」`);
    const token = await emailedToken("li.gong@example.com");

    const view = await getInvitation(visitor, { token });
    expect(view).toMatchObject({
      email: "li.gong@example.com",
      state: "valid",
      nextStep: "signUp",
      inviterName: owner.user.name,
      organization: { name: org.name },
    });
    const days = (view.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const stored = await db.invitation.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(token);
    expect(await db.auditEvent.count({ where: { action: "invitation.create" } })).toBe(1);
  });

  it("writes the email in English when the inviter uses English", async () => {
    const { org, owner } = await createCast();
    await db.user.update({ where: { id: owner.user.id }, data: { locale: "en" } });
    await inviteMember(owner.actor, { orgId: org.id, email: "en@example.com" }, unknownOrigin);
    expect((await inbox.latestTo("en@example.com")).subject).toBe(
      `${owner.user.name} invites you to join ${org.name}`,
    );
  });

  it("refuses the address of a member of the organization, whatever its case", async () => {
    const { org, owner, member } = await createCast();
    await expect(
      inviteMember(
        owner.actor,
        { orgId: org.id, email: member.user.email.toUpperCase() },
        unknownOrigin,
      ),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { email: ["alreadyMember"] } });
    expect(await db.invitation.count()).toBe(0);
  });

  it("refuses a second invitation while one is waiting, and allows one after expiry or revocation", async () => {
    const { org, owner } = await createCast();
    const invite = () =>
      inviteMember(owner.actor, { orgId: org.id, email: "twice@example.com" }, unknownOrigin);
    const { invitationId } = await invite();
    await expect(invite()).rejects.toMatchObject({
      fieldErrors: { email: ["invitationPending"] },
    });
    await db.invitation.update({
      where: { id: invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const second = await invite();
    await revokeInvitation(owner.actor, { invitationId: second.invitationId });
    await invite();
    expect(await db.invitation.count()).toBe(3);
  });

  it("sends again with a new link that works for 7 more days; the old link stops working", async () => {
    const { roles, token, invitation } = await castWithInvitation({
      expiresAt: new Date(Date.now() - 1000),
    });
    expect((await getInvitation(visitor, { token })).state).toBe("expired");
    await resendInvitation(roles.owner, { invitationId: invitation.id }, unknownOrigin);
    const newToken = await emailedToken(invitation.email);
    expect(newToken).not.toBe(token);
    await expect(getInvitation(visitor, { token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getInvitation(visitor, { token: newToken })).state).toBe("valid");
  });

  it("refuses to send again or revoke an invitation that was accepted", async () => {
    const { roles, token, invitation } = await castWithInvitation();
    await signUpWithInvitation(visitor, { token, ...newPassword });
    for (const call of [resendInvitation, revokeInvitation]) {
      await expect(
        call(roles.owner, { invitationId: invitation.id }, unknownOrigin),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: "invitationNotPending",
      });
    }
  });
});

describe("the invitation page", () => {
  it.each([
    ["visitor", "signUp"],
    ["member", "alreadyMember"],
    ["owner", "alreadyMember"],
    ["otherOwner", "otherEmail"],
    ["admin", "admin"],
  ] as const)("tells a %s what to do next: %s", async (role, step) => {
    const { roles, token } = await castWithInvitation();
    const view = await getInvitation(roles[role], { token });
    expect(view.nextStep).toBe(step);
  });

  it("offers the invitee to accept when signed in, or to sign in when they have an account", async () => {
    const { token, invitation } = await castWithInvitation();
    expect((await getInvitation(visitor, { token })).nextStep).toBe("signUp");
    const invitee = await createUser({ email: invitation.email });
    expect((await getInvitation(visitor, { token })).nextStep).toBe("signIn");
    expect((await getInvitation(invitee.actor, { token })).nextStep).toBe("accept");
    const elsewhere = await createOrganization();
    await db.membership.create({ data: { userId: invitee.user.id, orgId: elsewhere.id } });
    expect((await getInvitation(invitee.actor, { token })).nextStep).toBe("inOrganization");
  });

  it("says that an unknown link is not found", async () => {
    await expect(
      getInvitation(visitor, { token: "not-a-real-token-at-all" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("signing up on the way", () => {
  it("creates a verified member from the emailed link who can then sign in", async () => {
    const { org, owner } = await createCast("VENDOR");
    await inviteMember(owner.actor, { orgId: org.id, email: "zhao@example.com" }, unknownOrigin);
    const token = await emailedToken("zhao@example.com");
    const { userId } = await signUpWithInvitation(visitor, { token, ...newPassword });

    const user = await db.user.findUniqueOrThrow({
      where: { id: userId },
      include: { membership: true },
    });
    expect(user).toMatchObject({ email: "zhao@example.com", name: "李工" });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.membership).toMatchObject({ orgId: org.id, role: "MEMBER" });
    await expect(
      authenticate(
        { email: "zhao@example.com", password: "Secret123" },
        { ip: null, device: null },
      ),
    ).resolves.toMatchObject({ userId });
    expect(await actorForUser(userId, new Date())).toMatchObject({
      orgId: org.id,
      orgKind: "VENDOR",
      orgRole: "MEMBER",
    });
    expect((await getInvitation(visitor, { token })).state).toBe("used");
    const actions = await db.auditEvent.findMany({ where: { actorUserId: userId } });
    expect(actions.map((e) => e.action).sort()).toEqual([
      "invitation.accept",
      "user.register-by-invitation",
    ]);
  });

  it("tells people who already have an account to sign in, and writes nothing", async () => {
    const { token, invitation } = await castWithInvitation();
    await createUser({ email: invitation.email });
    await expect(signUpWithInvitation(visitor, { token, ...newPassword })).rejects.toMatchObject({
      message: "invitationHasAccount",
    });
    expect((await getInvitation(visitor, { token })).state).toBe("valid");
  });

  it("refuses signed-in users and mismatched passwords", async () => {
    const { token, roles } = await castWithInvitation();
    await expect(
      signUpWithInvitation(roles.otherOwner, { token, ...newPassword }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      signUpWithInvitation(visitor, { token, ...newPassword, passwordConfirmation: "Other1234" }),
    ).rejects.toThrow();
    expect((await getInvitation(visitor, { token })).state).toBe("valid");
  });
});

describe("accepting as a signed-in user", () => {
  it("joins the invitee, who has no organization yet, as a member", async () => {
    const { org, token, invitation } = await castWithInvitation();
    const invitee = await createUser({ email: invitation.email });
    await expect(acceptInvitation(invitee.actor, { token })).resolves.toEqual({ orgId: org.id });
    expect(await db.membership.findUnique({ where: { userId: invitee.user.id } })).toMatchObject({
      orgId: org.id,
      role: "MEMBER",
    });
    expect(await db.auditEvent.count({ where: { action: "invitation.accept" } })).toBe(1);
  });

  it("refuses a user signed in with another address, with a message naming the invited one", async () => {
    const { token, invitation } = await castWithInvitation();
    const someoneElse = await createUser();
    await expect(acceptInvitation(someoneElse.actor, { token })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "invitationOtherEmail",
      params: { email: invitation.email },
    });
    expect((await getInvitation(visitor, { token })).state).toBe("valid");
  });

  it("refuses a user who already belongs to an organization (one per user)", async () => {
    const { token, invitation } = await castWithInvitation();
    const elsewhere = await createOrganization();
    const invitee = await createUser({ email: invitation.email, orgId: elsewhere.id });
    await expect(acceptInvitation(invitee.actor, { token })).rejects.toMatchObject({
      message: "alreadyInOrganization",
    });
    expect(await db.membership.findUnique({ where: { userId: invitee.user.id } })).toMatchObject({
      orgId: elsewhere.id,
    });
    expect((await getInvitation(visitor, { token })).state).toBe("valid");
  });

  it("refuses platform admins", async () => {
    const { token, invitation } = await castWithInvitation();
    const admin = await createUser({ email: invitation.email, isAdmin: true });
    await expect(acceptInvitation(admin.actor, { token })).rejects.toMatchObject({
      message: "adminCannotJoin",
    });
  });
});

describe("links that no longer work", () => {
  const signUp = (token: string) => signUpWithInvitation(visitor, { token, ...newPassword });

  it("refuses an expired link on both paths", async () => {
    const { token, invitation } = await castWithInvitation({
      expiresAt: new Date(Date.now() - 1000),
    });
    await expect(signUp(token)).rejects.toMatchObject({ message: "invitationExpired" });
    const invitee = await createUser({ email: invitation.email });
    await expect(acceptInvitation(invitee.actor, { token })).rejects.toMatchObject({
      message: "invitationExpired",
    });
    expect(await db.membership.count({ where: { userId: invitee.user.id } })).toBe(0);
  });

  it("refuses a revoked link", async () => {
    const { roles, token, invitation } = await castWithInvitation();
    await revokeInvitation(roles.owner, { invitationId: invitation.id });
    expect((await getInvitation(visitor, { token })).state).toBe("revoked");
    await expect(signUp(token)).rejects.toMatchObject({ message: "invitationRevoked" });
  });

  it("refuses a link that was used", async () => {
    const { token, invitation } = await castWithInvitation();
    const invitee = await createUser({ email: invitation.email });
    await acceptInvitation(invitee.actor, { token });
    await expect(acceptInvitation(invitee.actor, { token })).rejects.toMatchObject({
      message: "invitationUsed",
    });
    await expect(signUp(token)).rejects.toMatchObject({ message: "invitationUsed" });
  });

  it("lets only one of simultaneous sign-ups through; the others learn the link was used", async () => {
    const { token, org } = await castWithInvitation();
    const results = await Promise.allSettled([signUp(token), signUp(token), signUp(token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected"))
      expect(refused.reason).toMatchObject({ message: "invitationUsed" });
    expect(await db.membership.count({ where: { orgId: org.id } })).toBe(3);
  });

  it("makes an accept that overlaps another wait for it, then refuses it", async () => {
    const { token } = await castWithInvitation();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let claimed!: () => void;
    const firstClaimed = new Promise<void>((resolve) => (claimed = resolve));
    const first = db.$transaction(async (tx) => {
      await claimInvitation(tx, token);
      claimed();
      await held;
    });
    await firstClaimed;
    // The second read the invitation as still open; its claim now waits for the first's row lock.
    const second = db.$transaction((tx) => claimInvitation(tx, token)).catch((e: unknown) => e);
    await waitForLockWaiters(1);
    release();
    await first;
    expect(await second).toMatchObject({ message: "invitationUsed" });
  });
});

async function waitForLockWaiters(count: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [row] = await db.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (Number(row!.waiting) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the second claim never waited for the first");
}
