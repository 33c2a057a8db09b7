import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notify } from "@/lib/domain/notifications/notify";
import { deliverEmail, sweepOutbox } from "@/lib/notifications/deliver-email";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { setUpInbox } from "@/tests/helpers/inbox";

setUpTestDatabase();
const inbox = setUpInbox();

async function enterpriseOwner() {
  const org = await createOrganization({ kind: "ENTERPRISE" });
  const { user } = await createUser({ orgId: org.id, role: "OWNER" });
  const requirement = await createRequirement({ orgId: org.id, title: "智能巡检" });
  return { user, requirement };
}

const approved = (requirementId: string) =>
  db.$transaction((tx) => notify(tx, { type: "requirement.approved", requirementId }));

const queuedJobs = async () => {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pgboss.job WHERE name = 'email-delivery'`;
  return Number(row!.count);
};

const messagesTo = (address: string) =>
  inbox.messages.filter((m) => JSON.stringify(m.to).includes(address));

describe("the notification outbox", () => {
  it("writes nothing and sends nothing for a change that rolled back", async () => {
    const { user, requirement } = await enterpriseOwner();
    await expect(
      db.$transaction(async (tx) => {
        await tx.requirement.update({ where: { id: requirement.id }, data: { title: "改名" } });
        await notify(tx, { type: "requirement.approved", requirementId: requirement.id });
        throw new Error("the change fails after notifying");
      }),
    ).rejects.toThrow("the change fails");

    await inbox.settle();
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.emailDelivery.count()).toBe(0);
    expect(await queuedJobs()).toBe(0);
    expect(await inbox.arrivedTo(user.email, 0)).toHaveLength(0);
  });

  it("delivers a committed notification in-app and by email, with a link to its object", async () => {
    const { user, requirement } = await enterpriseOwner();
    await approved(requirement.id);

    expect(await queuedJobs()).toBeGreaterThanOrEqual(1);
    const [notification] = await db.notification.findMany({ where: { userId: user.id } });
    expect(notification).toMatchObject({ type: "requirement.approved", readAt: null });
    const mail = await inbox.latestTo(user.email);
    expect(mail.subject).toBe("需求「智能巡检」已审核通过");
    expect(mail.text).toContain(`/requirements/${requirement.id}`);
    expect(
      (await db.notification.findUniqueOrThrow({ where: { id: notification!.id } })).emailedAt,
    ).not.toBeNull();
  });

  it("sends one email when the delivery job runs twice", async () => {
    const { user, requirement } = await enterpriseOwner();
    await approved(requirement.id);
    const delivery = await db.emailDelivery.findFirstOrThrow();

    expect(await deliverEmail(delivery.id)).toBe("sent");
    expect(await deliverEmail(delivery.id)).toBe("done");
    await Promise.all([deliverEmail(delivery.id), deliverEmail(delivery.id)]);
    await inbox.settle();
    expect(await inbox.arrivedTo(user.email, 1)).toHaveLength(1);
  });

  it("sends two concurrent runs of one job once", async () => {
    const { user, requirement } = await enterpriseOwner();
    await approved(requirement.id);
    const delivery = await db.emailDelivery.findFirstOrThrow();
    const results = await Promise.all([deliverEmail(delivery.id), deliverEmail(delivery.id)]);
    expect(results.sort()).toEqual(["done", "sent"]);
    await inbox.settle();
    expect(await inbox.arrivedTo(user.email, 1)).toHaveLength(1);
  });

  it("keeps every email through an SMTP outage and sends each exactly once when it is back", async () => {
    const { user, requirement } = await enterpriseOwner();
    const working = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:1"; // nothing listens there: the server is down
    try {
      for (let i = 0; i < 20; i++) await approved(requirement.id);
      await expect(sweepOutbox(0)).rejects.toThrow();
      const waiting = await db.emailDelivery.findMany();
      expect(waiting).toHaveLength(20);
      expect(waiting.every((d) => d.status === "PENDING")).toBe(true);
      expect(waiting.some((d) => d.lastError)).toBe(true);
    } finally {
      process.env.SMTP_URL = working;
    }

    await inbox.settle();
    await inbox.settle();
    expect(await inbox.arrivedTo(user.email, 20)).toHaveLength(20);
    expect(await db.emailDelivery.count({ where: { status: "SENT" } })).toBe(20);
    const ids = new Set(messagesTo(user.email).map((m) => m.messageId));
    expect(ids.size).toBe(20);
  });

  it("sends no duplicate when a worker dies in the middle of a batch and another resumes", async () => {
    const { user, requirement } = await enterpriseOwner();
    for (let i = 0; i < 6; i++) await approved(requirement.id);
    const deliveries = await db.emailDelivery.findMany({ orderBy: { createdAt: "asc" } });
    // The first worker sent three, then died holding the fourth's claim before it sent it.
    for (const d of deliveries.slice(0, 3)) await deliverEmail(d.id);
    await db.emailDelivery.update({
      where: { id: deliveries[3]!.id },
      data: { status: "SENDING", claimedUntil: new Date(Date.now() - 1000) },
    });

    await inbox.settle();
    expect(await inbox.arrivedTo(user.email, 6)).toHaveLength(6);
    expect(await db.emailDelivery.count({ where: { status: "SENT" } })).toBe(6);
  });
});
