import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notify } from "@/lib/domain/notifications/notify";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

async function market() {
  const enterprise = await createOrganization({ kind: "ENTERPRISE" });
  const owner = await createUser({ orgId: enterprise.id, role: "OWNER" });
  const requirement = await createRequirement({ orgId: enterprise.id });
  const vendor = await createOrganization({ kind: "VENDOR", name: "秘密投标方" });
  const bookmarker = await createUser({ orgId: vendor.id, role: "OWNER" });
  const stranger = await createUser({ orgId: (await createOrganization({ kind: "VENDOR" })).id });
  await db.bookmark.create({ data: { userId: bookmarker.user.id, requirementId: requirement.id } });
  return { enterprise, owner, requirement, vendor, bookmarker, stranger };
}

const typesOf = async (userId: string) =>
  (await db.notification.findMany({ where: { userId } })).map((n) => n.type);

describe("notification recipients", () => {
  it("tells vendors who bookmarked of a clarification, and no one else", async () => {
    const m = await market();
    await db.$transaction((tx) =>
      notify(tx, { type: "clarification.published", requirementId: m.requirement.id }),
    );
    expect(await typesOf(m.bookmarker.user.id)).toEqual(["clarification.published"]);
    expect(await typesOf(m.stranger.user.id)).toEqual([]);
    expect(await typesOf(m.owner.user.id)).toEqual([]);
  });

  it("tells the enterprise the count of proposals only, never the bidder's name", async () => {
    const m = await market();
    await db.$transaction((tx) =>
      notify(tx, { type: "proposal.received", requirementId: m.requirement.id, count: 1 }),
    );
    const [notification] = await db.notification.findMany({ where: { userId: m.owner.user.id } });
    expect(notification?.type).toBe("proposal.received");
    const delivery = await db.emailDelivery.findFirstOrThrow({
      where: { userId: m.owner.user.id },
    });
    for (const carried of [notification!.data, delivery.values]) {
      expect(JSON.stringify(carried)).not.toContain(m.vendor.name);
      expect(JSON.stringify(carried)).not.toContain(m.vendor.id);
    }
  });

  it("respects a user's choice: email off keeps the in-app notice and queues no email", async () => {
    const m = await market();
    await db.notificationPreference.create({
      data: { userId: m.owner.user.id, type: "requirement.approved", inApp: true, email: false },
    });
    await db.$transaction((tx) =>
      notify(tx, { type: "requirement.approved", requirementId: m.requirement.id }),
    );
    expect(await typesOf(m.owner.user.id)).toEqual(["requirement.approved"]);
    expect(await db.emailDelivery.count({ where: { userId: m.owner.user.id } })).toBe(0);
  });
});
