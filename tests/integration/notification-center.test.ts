import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notify } from "@/lib/domain/notifications/notify";
import { countUnreadNotifications } from "@/lib/domain/notifications/count-unread-notifications";
import { listNotifications } from "@/lib/domain/notifications/list-notifications";
import { markAllNotificationsRead } from "@/lib/domain/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";
import { getNotificationPreferences } from "@/lib/domain/notifications/get-notification-preferences";
import { updateNotificationPreferences } from "@/lib/domain/notifications/update-notification-preferences";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import {
  readUnsubscribeLink,
  unsubscribeByToken,
} from "@/lib/domain/notifications/unsubscribe-by-token";
import { POST as oneClick } from "@/app/unsubscribe/one-click/route";
import { createCast, createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { setUpInbox } from "@/tests/helpers/inbox";

setUpTestDatabase();
const inbox = setUpInbox();

const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : "");

async function noticeFor(userId: string, title = "智能巡检", createdAt = new Date()) {
  return db.notification.create({
    data: {
      userId,
      type: "requirement.approved",
      data: { params: { title }, href: "/requirements/r1" },
      createdAt,
    },
  });
}

/** Every role: vendor and enterprise owners and members, another organization's owner, an admin. */
async function everyRole() {
  const vendors = await createCast("VENDOR");
  const enterprises = await createCast("ENTERPRISE");
  return {
    visitor: vendors.roles.visitor,
    vendorOwner: vendors.roles.owner,
    vendorMember: vendors.roles.member,
    enterpriseOwner: enterprises.roles.owner,
    enterpriseMember: enterprises.roles.member,
    otherOwner: vendors.roles.otherOwner,
    admin: vendors.roles.admin,
  };
}

describe("who may read and mark notifications", () => {
  it("refuses visitors everything", async () => {
    const { visitor } = await everyRole();
    for (const attempt of [
      listNotifications(visitor, {}),
      countUnreadNotifications(visitor),
      markNotificationRead(visitor, { notificationId: "x" }),
      markAllNotificationsRead(visitor),
      getNotificationPreferences(visitor),
      updateNotificationPreferences(visitor, {}),
    ]) {
      await expect(attempt).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
  });

  it.each([
    "vendorOwner",
    "vendorMember",
    "enterpriseOwner",
    "enterpriseMember",
    "otherOwner",
    "admin",
  ] as const)("%s reads and marks their own, and never another's", async (role) => {
    const roles = await everyRole();
    const actor = roles[role];
    const someoneElse = role === "admin" ? roles.vendorOwner : roles.admin;
    const own = await noticeFor(userIdOf(actor));
    const theirs = await noticeFor(userIdOf(someoneElse), "别人的需求");

    const list = await listNotifications(actor, {});
    expect(list.items.map((item) => item.id)).toEqual([own.id]);
    expect(list.items[0]).toMatchObject({ read: false, href: "/requirements/r1" });
    expect(await countUnreadNotifications(actor)).toBe(1);

    await expect(markNotificationRead(actor, { notificationId: theirs.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await markAllNotificationsRead(actor);
    expect(
      (await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt,
    ).toBeNull();
    expect(await countUnreadNotifications(someoneElse)).toBe(1);
    expect(await countUnreadNotifications(actor)).toBe(0);
  });
});

describe("the notification list", () => {
  it("lists newest first, a page at a time, and marking one read returns its link", async () => {
    const { actor, user } = await createUser();
    const base = Date.now() - 60_000;
    for (let i = 0; i < 25; i++) await noticeFor(user.id, `需求${i}`, new Date(base + i * 1000));
    const first = await listNotifications(actor, {});
    expect(first).toMatchObject({ total: 25, unread: 25, page: 1, pageCount: 2 });
    expect(first.items[0]!.params.title).toBe("需求24");
    const second = await listNotifications(actor, { page: 2 });
    expect(second.items.map((i) => i.params.title)).toEqual([
      "需求4",
      "需求3",
      "需求2",
      "需求1",
      "需求0",
    ]);

    const { href } = await markNotificationRead(actor, { notificationId: first.items[0]!.id });
    expect(href).toBe("/requirements/r1");
    const again = await markNotificationRead(actor, { notificationId: first.items[0]!.id });
    expect(again.href).toBe(href);
    expect(await countUnreadNotifications(actor)).toBe(24);
    expect((await markAllNotificationsRead(actor)).marked).toBe(24);
    expect(await countUnreadNotifications(actor)).toBe(0);
  });

  it("never links off the site, whatever a row holds", async () => {
    const { actor, user } = await createUser();
    const row = await db.notification.create({
      data: { userId: user.id, type: "requirement.approved", data: { href: "//evil.example" } },
    });
    expect((await markNotificationRead(actor, { notificationId: row.id })).href).toBe("/");
  });
});

describe("notification preferences", () => {
  it("saves a channel per type, which the next notification follows", async () => {
    const org = await createOrganization({ kind: "ENTERPRISE" });
    const { actor, user } = await createUser({ orgId: org.id, role: "OWNER" });
    const requirement = await createRequirement({ orgId: org.id });
    await updateNotificationPreferences(actor, {
      preferences: [{ type: "requirement.approved", channel: "inApp" }],
    });
    const { types, digest } = await getNotificationPreferences(actor);
    expect(types.find((p) => p.type === "requirement.approved")?.channel).toBe("inApp");
    expect(types.find((p) => p.type === "question.asked")?.channel).toBe("both");
    expect(types.some((p) => p.type === "deadline.reminder")).toBe(false);
    expect(digest).toBeNull();

    await db.$transaction((tx) =>
      notify(tx, { type: "requirement.approved", requirementId: requirement.id }),
    );
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.emailDelivery.count({ where: { userId: user.id } })).toBe(0);
  });

  it("shows security types as fixed and refuses to change them", async () => {
    const { actor } = await createUser({ orgId: (await createOrganization()).id });
    const { types } = await getNotificationPreferences(actor);
    expect(types.find((p) => p.type === "member.removed")).toMatchObject({ fixed: true });
    await expect(
      updateNotificationPreferences(actor, {
        preferences: [{ type: "member.removed", channel: "off" }],
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "preferences[0].channel": ["invalid"] },
    });
    await expect(
      updateNotificationPreferences(actor, {
        preferences: [{ type: "no.such.type", channel: "off" }],
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("lets vendor members, and only them, choose a digest in the digest row", async () => {
    const vendors = await createCast("VENDOR");
    const enterprises = await createCast("ENTERPRISE");
    const member = vendors.roles.member;
    expect((await getNotificationPreferences(member)).digest).toBe("NONE");
    await updateNotificationPreferences(member, { digest: "WEEKLY" });
    expect((await getNotificationPreferences(member)).digest).toBe("WEEKLY");
    expect(
      await db.notificationPreference.findUniqueOrThrow({
        where: { userId_type: { userId: userIdOf(member), type: "digest" } },
      }),
    ).toMatchObject({ digest: "WEEKLY" });
    await updateNotificationPreferences(member, { digest: "NONE" });
    expect(await db.notificationPreference.count({ where: { type: "digest" } })).toBe(0);

    for (const other of [enterprises.roles.owner, vendors.roles.admin]) {
      await expect(updateNotificationPreferences(other, { digest: "DAILY" })).rejects.toMatchObject(
        {
          code: "FORBIDDEN",
        },
      );
    }
  });
});

const postOneClick = (url: string, body = "List-Unsubscribe=One-Click") =>
  oneClick(
    new Request(url, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    }),
  );

describe("one-click unsubscribe (RFC 8058)", () => {
  it("turns a delivered email's type off when its List-Unsubscribe URL is POSTed", async () => {
    const org = await createOrganization({ kind: "ENTERPRISE" });
    const { actor, user } = await createUser({ orgId: org.id, role: "OWNER" });
    const requirement = await createRequirement({ orgId: org.id });
    const approve = () =>
      db.$transaction((tx) =>
        notify(tx, { type: "requirement.approved", requirementId: requirement.id }),
      );
    await approve();
    const mail = await inbox.latestTo(user.email);
    const line = (key: string) => mail.headerLines.find((h) => h.key === key)?.line ?? "";
    expect(line("list-unsubscribe-post")).toContain("List-Unsubscribe=One-Click");
    const header = line("list-unsubscribe");
    const url = header.match(/<([^>]+)>/)![1]!;
    expect(mail.text).toContain("/unsubscribe?token=");

    const response = await postOneClick(url);
    expect(response.status).toBe(200);
    const { types } = await getNotificationPreferences(actor);
    expect(types.find((p) => p.type === "requirement.approved")?.channel).toBe("inApp");

    await approve();
    expect(await db.emailDelivery.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(2);
  });

  it("refuses a forged or altered token, and a POST without the one-click body", async () => {
    const { user } = await createUser();
    const token = unsubscribeToken(user.id, "requirement.approved");
    const [payload] = token.split(".");
    const forged = `${payload}.${"A".repeat(43)}`;
    const other = Buffer.from(JSON.stringify(["someone-else", "requirement.approved"])).toString(
      "base64url",
    );
    for (const bad of [forged, `${other}.${token.split(".")[1]}`, "nonsense"]) {
      const response = await postOneClick(`http://localhost/unsubscribe/one-click?token=${bad}`);
      expect(response.status).toBe(404);
    }
    const security = unsubscribeToken(user.id, "member.removed");
    expect(
      (await postOneClick(`http://localhost/unsubscribe/one-click?token=${security}`)).status,
    ).toBe(404);
    const good = `http://localhost/unsubscribe/one-click?token=${encodeURIComponent(token)}`;
    expect((await postOneClick(good, "")).status).toBe(400);
    expect(await db.notificationPreference.count()).toBe(0);
  });

  it("the confirmation page reads what a link turns off, and its button does it", async () => {
    const { user, actor } = await createUser({ orgId: (await createOrganization()).id });
    const token = unsubscribeToken(user.id, "verification.approved");
    expect(await readUnsubscribeLink({ token })).toEqual({ type: "verification.approved" });
    await expect(readUnsubscribeLink({ token: `${token}x` })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await unsubscribeByToken({ token });
    await unsubscribeByToken({ token });
    const { types } = await getNotificationPreferences(actor);
    expect(types.find((p) => p.type === "verification.approved")?.channel).toBe("inApp");
  });
});
