import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lastCompletePeriod } from "@/lib/domain/notifications/digest-period";
import { notify } from "@/lib/domain/notifications/notify";
import { queueDigests } from "@/lib/domain/notifications/queue-digests";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { setUpInbox } from "@/tests/helpers/inbox";

setUpTestDatabase();
const inbox = setUpInbox();

const REASONS = [{ signal: "verified" as const, points: 0.04 }];
const NOW = new Date("2026-12-02T02:00:00Z"); // 10:00 in Beijing, a Wednesday

async function threeRecommendations(vendorOrgId: string) {
  const titles = ["巡检机器人", "计量异常检测", "负荷预测"];
  for (const title of titles) {
    const requirement = await createRequirement({ title });
    await db.$transaction((tx) =>
      notify(tx, {
        type: "requirement.recommended",
        requirementId: requirement.id,
        vendorOrgId,
        contributions: REASONS,
      }),
    );
  }
  // They were published yesterday (Beijing time).
  await db.notification.updateMany({ data: { createdAt: new Date("2026-12-01T03:00:00Z") } });
  return titles;
}

describe("daily and weekly digests", () => {
  it("gives a digest vendor one mail with every item, and an immediate vendor one mail each", async () => {
    const digestOrg = await createOrganization({ kind: "VENDOR" });
    const daily = await createUser({ orgId: digestOrg.id, role: "OWNER" });
    await db.notificationPreference.create({
      data: { userId: daily.user.id, type: "digest", digest: "DAILY" },
    });
    const immediateOrg = await createOrganization({ kind: "VENDOR" });
    const immediate = await createUser({ orgId: immediateOrg.id, role: "OWNER" });
    await db.user.update({ where: { id: immediate.user.id }, data: { locale: "en" } });
    const titles = await threeRecommendations(digestOrg.id);
    await threeRecommendations(immediateOrg.id);

    expect(await queueDigests(NOW)).toBe(1);
    expect(await queueDigests(NOW)).toBe(0); // once per period, however often the job runs
    await inbox.settle();
    const digests = await inbox.arrivedTo(daily.user.email, 1);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("智配每日摘要：3 条新的匹配需求");
    for (const title of titles)
      expect(digests[0]!.text).toContain(`新需求「${title}」与您的能力匹配`);
    expect(digests[0]!.text).toContain("推荐理由：已认证");
    expect(digests[0]!.html).toContain("/requirements/");
    const single = await inbox.arrivedTo(immediate.user.email, 3);
    expect(single).toHaveLength(3);
    expect(single[0]!.subject).toMatch(/^New requirement/);
    // In-app, the digest vendor still has each notice.
    expect(await db.notification.count({ where: { userId: daily.user.id } })).toBe(3);
  });

  it("sends a weekly digest once for last week, in English when the vendor reads English", async () => {
    const org = await createOrganization({ kind: "VENDOR" });
    const weekly = await createUser({ orgId: org.id, role: "OWNER" });
    await db.user.update({ where: { id: weekly.user.id }, data: { locale: "en" } });
    await db.notificationPreference.create({
      data: { userId: weekly.user.id, type: "digest", digest: "WEEKLY" },
    });
    await threeRecommendations(org.id);
    // Monday 1 December falls in this week: nothing is due before next Monday.
    expect(await queueDigests(NOW)).toBe(0);
    const nextWeek = new Date("2026-12-08T01:00:00Z");
    expect(await queueDigests(nextWeek)).toBe(1);
    await inbox.settle();
    const mails = await inbox.arrivedTo(weekly.user.email, 1);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Zhipei weekly digest: 3 new matching requirements");
  });

  it("knows its periods in Beijing time", () => {
    expect(lastCompletePeriod("DAILY", NOW)).toMatchObject({
      key: "daily:2026-12-01",
      start: new Date("2026-11-30T16:00:00Z"),
      end: new Date("2026-12-01T16:00:00Z"),
    });
    expect(lastCompletePeriod("WEEKLY", NOW)).toMatchObject({
      key: "weekly:2026-11-23",
      end: new Date("2026-11-29T16:00:00Z"),
    });
  });
});
