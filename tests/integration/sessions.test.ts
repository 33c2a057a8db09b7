import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { visitor } from "@/lib/auth/actor";
import { actorForSession } from "@/lib/auth/current-actor";
import { hashPassword } from "@/lib/auth/password";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, startSession } from "@/lib/auth/sessions";
import { changePassword } from "@/lib/domain/accounts/change-password";
import { signOutEverywhere } from "@/lib/domain/accounts/sign-out-everywhere";
import { suspendUser } from "@/lib/domain/admin/suspend-user";
import { reactivateUser } from "@/lib/domain/admin/reactivate-user";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createUser } from "@/tests/helpers/actors";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "sessions-test-secret";
  process.env.NEXTAUTH_URL = "http://localhost:3000";
});
const { authOptions } = await import("@/lib/auth/options");
// next-auth's own request handler, as its route calls it (the package does not export the path).
const { AuthHandler } = createRequire(import.meta.url)(
  path.resolve("node_modules/next-auth/core/index.js"),
) as { AuthHandler: Handler };

type Handler = (params: {
  req: Record<string, unknown>;
  options: typeof authOptions;
}) => Promise<{ body?: unknown; cookies?: { name: string; value: string }[] }>;

setUpTestDatabase();

const SESSION_COOKIE = "next-auth.session-token";
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);

/** A signed-in browser: the session row and the cookie next-auth would have set. */
async function signedIn(userId: string) {
  const sessionId = await startSession(userId);
  const cookie = await encode({
    token: { sub: userId, sid: sessionId },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  return { sessionId, cookie };
}

/** GET /api/auth/session with the cookie, through next-auth's own handler. */
async function sessionEndpoint(cookie: string) {
  const response = await AuthHandler({
    req: { action: "session", method: "GET", cookies: { [SESSION_COOKIE]: cookie }, headers: {} },
    options: authOptions,
  });
  return response.body as Record<string, unknown>;
}

/** POST /api/auth/signout from the browser holding the cookie (with next-auth's CSRF token). */
async function signOutEndpoint(cookie: string) {
  const csrf = await AuthHandler({
    req: { action: "csrf", method: "GET", headers: {} },
    options: authOptions,
  });
  const csrfCookie = csrf.cookies!.find((c) => c.name.includes("csrf-token"))!;
  await AuthHandler({
    req: {
      action: "signout",
      method: "POST",
      body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken },
      cookies: { [SESSION_COOKIE]: cookie, [csrfCookie.name]: csrfCookie.value },
      headers: {},
    },
    options: authOptions,
  });
}

describe("sessions end on the server", () => {
  it("sign-out ends the session: replaying its cookie gives no user", async () => {
    const { user } = await createUser();
    const { sessionId, cookie } = await signedIn(user.id);
    expect(await sessionEndpoint(cookie)).toMatchObject({ userId: user.id });
    await signOutEndpoint(cookie);
    expect(await sessionEndpoint(cookie)).toEqual({});
    expect(await actorForSession(sessionId)).toEqual(visitor);
  });

  it("signing out one browser leaves the user's other browsers signed in", async () => {
    const { user } = await createUser();
    const laptop = await signedIn(user.id);
    const phone = await signedIn(user.id);
    await signOutEndpoint(laptop.cookie);
    expect((await actorForSession(phone.sessionId)).kind).toBe("user");
  });

  it("sign out everywhere ends every session of the user, and no one else's", async () => {
    const { user, actor } = await createUser();
    const other = await createUser();
    const [a, b] = [await signedIn(user.id), await signedIn(user.id)];
    const theirs = await signedIn(other.user.id);
    await signOutEverywhere(actor);
    expect(await actorForSession(a.sessionId)).toEqual(visitor);
    expect(await actorForSession(b.sessionId)).toEqual(visitor);
    expect(await sessionEndpoint(b.cookie)).toEqual({});
    expect((await actorForSession(theirs.sessionId)).kind).toBe("user");
    expect(
      await db.auditEvent.count({
        where: { action: "user.sign-out-everywhere", entityId: user.id },
      }),
    ).toBe(1);
  });

  it("suspension ends every session, and reactivation does not bring them back", async () => {
    const { user } = await createUser();
    const admin = await createUser({ isAdmin: true });
    const { sessionId, cookie } = await signedIn(user.id);
    await suspendUser(admin.actor, { userId: user.id, reason: "冒用他人身份" });
    expect(await actorForSession(sessionId)).toEqual(visitor);
    expect(await sessionEndpoint(cookie)).toEqual({});
    await reactivateUser(admin.actor, { userId: user.id });
    expect(await actorForSession(sessionId)).toEqual(visitor);
  });

  it("a session ends after 12 hours without a request", async () => {
    const { user } = await createUser();
    const { sessionId } = await signedIn(user.id);
    await db.session.updateMany({
      data: { lastSeenAt: hoursAgo(SESSION_IDLE_MS / 3_600_000 - 0.1) },
    });
    expect((await actorForSession(sessionId)).kind).toBe("user");
    await db.session.updateMany({ data: { lastSeenAt: hoursAgo(SESSION_IDLE_MS / 3_600_000) } });
    expect(await actorForSession(sessionId)).toEqual(visitor);
  });

  it("a session ends 7 days after sign-in however active it is", async () => {
    const { user } = await createUser();
    const { sessionId } = await signedIn(user.id);
    await db.session.updateMany({
      data: { createdAt: hoursAgo(SESSION_ABSOLUTE_MS / 3_600_000), lastSeenAt: new Date() },
    });
    expect(await actorForSession(sessionId)).toEqual(visitor);
  });

  it("records activity at most every few minutes, which keeps a used session alive", async () => {
    const { user } = await createUser();
    const { sessionId } = await signedIn(user.id);
    await db.session.updateMany({ data: { lastSeenAt: hoursAgo(11) } });
    await actorForSession(sessionId);
    const { lastSeenAt } = await db.session.findFirstOrThrow();
    expect(Date.now() - lastSeenAt.getTime()).toBeLessThan(60_000);
  });
});

describe("changing the password", () => {
  async function userWithPassword() {
    const created = await createUser();
    await db.user.update({
      where: { id: created.user.id },
      data: { passwordHash: await hashPassword("Old12345") },
    });
    return created;
  }
  const newPassword = { password: "New67890x", passwordConfirmation: "New67890x" };

  it("needs the current password, and ends every other session but this one", async () => {
    const { user, actor } = await userWithPassword();
    const here = await signedIn(user.id);
    const elsewhere = await signedIn(user.id);
    await changePassword(
      actor,
      { currentPassword: "Old12345", ...newPassword },
      { sessionId: here.sessionId, device: null },
    );
    expect((await actorForSession(here.sessionId)).kind).toBe("user");
    expect(await actorForSession(elsewhere.sessionId)).toEqual(visitor);
  });

  it("refuses a wrong current password on its field, and holds back guessing", async () => {
    const { user, actor } = await userWithPassword();
    const here = await signedIn(user.id);
    const current = { sessionId: here.sessionId, device: null };
    const attempt = () =>
      changePassword(actor, { currentPassword: "Guess0000", ...newPassword }, current);
    await expect(attempt()).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currentPassword: ["wrongPassword"] },
    });
    for (let i = 1; i < 5; i++) await attempt().catch(() => {});
    await expect(attempt()).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(
      changePassword(actor, { currentPassword: "Old12345", ...newPassword }, current),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  }, 60_000);
});
