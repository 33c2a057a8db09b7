import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { visitor } from "@/lib/auth/actor";
import { actorForUser } from "@/lib/auth/current-actor";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/domain/accounts/authenticate";
import { listUsers } from "@/lib/domain/admin/list-users";
import { reactivateUser } from "@/lib/domain/admin/reactivate-user";
import { suspendUser } from "@/lib/domain/admin/suspend-user";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";
import { createOrganization } from "@/tests/helpers/factories";

setUpTestDatabase();

type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN";

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    return (error as { code: Outcome }).code;
  }
}

const adminOnly: Record<Role, Outcome> = {
  visitor: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  owner: "FORBIDDEN",
  otherOwner: "FORBIDDEN",
  admin: "allowed",
};

const PASSWORD = "Secret123";

/** A user who can sign in with PASSWORD, whose sessions of the last minute are valid. */
async function userWithPassword(email: string) {
  const { user } = await createUser({ email });
  await db.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(PASSWORD),
      sessionsValidAfter: new Date(Date.now() - 60_000),
    },
  });
  return user;
}

const signIn = (email: string) =>
  authenticate({ email, password: PASSWORD }, { ip: null, device: null });
const statusOf = async (userId: string) =>
  (await db.user.findUniqueOrThrow({ where: { id: userId } })).status;

describe("who may do what", () => {
  it.each(ALL_ROLES)("list users: %s", async (role) => {
    const cast = await createCast();
    expect(await outcomeOf(() => listUsers(cast.roles[role], {}))).toBe(adminOnly[role]);
  });

  it.each(ALL_ROLES)("suspend a user: %s", async (role) => {
    const cast = await createCast();
    const { user } = await createUser();
    expect(await outcomeOf(() => suspendUser(cast.roles[role], { userId: user.id }))).toBe(
      adminOnly[role],
    );
    expect(await statusOf(user.id)).toBe(role === "admin" ? "SUSPENDED" : "ACTIVE");
    expect(await db.auditEvent.count()).toBe(role === "admin" ? 1 : 0);
  });

  it.each(ALL_ROLES)("reactivate a user: %s", async (role) => {
    const cast = await createCast();
    const { user } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect(await outcomeOf(() => reactivateUser(cast.roles[role], { userId: user.id }))).toBe(
      adminOnly[role],
    );
    expect(await statusOf(user.id)).toBe(role === "admin" ? "ACTIVE" : "SUSPENDED");
    expect(await db.auditEvent.count()).toBe(role === "admin" ? 1 : 0);
  });
});

describe("the user list", () => {
  it("finds users by email or name in any case, with their organization", async () => {
    const org = await createOrganization({ name: "南方电网数字电网集团" });
    const { actor } = await createUser({ isAdmin: true });
    const wang = await createUser({ email: "wang.gong@csg.cn", name: "王工", orgId: org.id });
    await createUser({ email: "li@example.com", name: "Li Ming" });

    const byEmail = await listUsers(actor, { q: "WANG.GONG@CSG" });
    expect(byEmail.users.map((u) => u.id)).toEqual([wang.user.id]);
    expect(byEmail.users[0]!.membership?.organization.name).toBe("南方电网数字电网集团");
    expect((await listUsers(actor, { q: "王" })).users.map((u) => u.id)).toEqual([wang.user.id]);
    expect((await listUsers(actor, { q: "li ming" })).users.map((u) => u.email)).toEqual([
      "li@example.com",
    ]);
    expect((await listUsers(actor, { q: "nobody" })).total).toBe(0);
  });

  it("filters by status and pages 50 at a time", async () => {
    const { actor } = await createUser({ isAdmin: true });
    await Promise.all(Array.from({ length: 54 }, () => createUser()));
    const suspended = await createUser({ name: "停用的用户" });
    await suspendUser(actor, { userId: suspended.user.id });

    const first = await listUsers(actor, {});
    expect(first).toMatchObject({ total: 56, page: 1, pageCount: 2 });
    expect(first.users).toHaveLength(50);
    const second = await listUsers(actor, { page: "2" });
    expect(second.users).toHaveLength(6);
    expect(new Set([...first.users, ...second.users].map((u) => u.id)).size).toBe(56);

    const onlySuspended = await listUsers(actor, { status: "SUSPENDED" });
    expect(onlySuspended.users.map((u) => u.id)).toEqual([suspended.user.id]);
    expect((await listUsers(actor, { status: "nonsense", page: "x" })).total).toBe(56);
  });
});

describe("suspension", () => {
  it("signs the user out at their next request and refuses their sign-in", async () => {
    const { actor: admin } = await createUser({ isAdmin: true });
    const user = await userWithPassword("zhang@example.com");
    const issuedBefore = new Date(Date.now() - 5_000);
    expect((await actorForUser(user.id, issuedBefore)).kind).toBe("user");

    await suspendUser(admin, { userId: user.id, reason: "发布虚假需求" });

    expect(await actorForUser(user.id, issuedBefore)).toEqual(visitor);
    await expect(signIn("zhang@example.com")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "accountSuspended",
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.suspend" } });
    expect(event).toMatchObject({
      entityId: user.id,
      reason: "发布虚假需求",
      before: { status: "ACTIVE" },
      after: { status: "SUSPENDED" },
    });
  });

  it("lets the user sign in again after reactivation, but not with sessions from before", async () => {
    const { actor: admin } = await createUser({ isAdmin: true });
    const user = await userWithPassword("zhao@example.com");
    const issuedBefore = new Date(Date.now() - 5_000);
    expect((await actorForUser(user.id, issuedBefore)).kind).toBe("user");
    await suspendUser(admin, { userId: user.id });
    await reactivateUser(admin, { userId: user.id, reason: "申诉成立" });

    await expect(signIn("zhao@example.com")).resolves.toMatchObject({ userId: user.id });
    expect((await actorForUser(user.id, new Date())).kind).toBe("user");
    expect(await actorForUser(user.id, issuedBefore)).toEqual(visitor);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.reactivate" } });
    expect(event).toMatchObject({ reason: "申诉成立", after: { status: "ACTIVE" } });
  });

  it("refuses an admin suspending themselves", async () => {
    const { user, actor } = await createUser({ isAdmin: true });
    await expect(suspendUser(actor, { userId: user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "cannotSuspendSelf",
    });
    expect(await statusOf(user.id)).toBe("ACTIVE");
  });

  it("refuses suspending twice, reactivating an active user and unknown users", async () => {
    const { actor: admin } = await createUser({ isAdmin: true });
    const { user } = await createUser();
    await expect(reactivateUser(admin, { userId: user.id })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "userNotSuspended",
    });
    await suspendUser(admin, { userId: user.id });
    await expect(suspendUser(admin, { userId: user.id })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "userAlreadySuspended",
    });
    await expect(suspendUser(admin, { userId: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.auditEvent.count()).toBe(1);
  });
});
