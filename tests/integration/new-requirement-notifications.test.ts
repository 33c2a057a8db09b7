import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { announceNewRequirement } from "@/lib/domain/notifications/announce-new-requirement";
import { refreshRequirementSearch } from "@/lib/domain/requirements/search/refresh-requirement-search";
import { approveRequirement } from "@/lib/domain/requirements/transitions/approve-requirement";
import { createUser } from "@/tests/helpers/actors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization } from "@/tests/helpers/factories";
import { setUpInbox } from "@/tests/helpers/inbox";
import { vendorWithCases } from "@/tests/helpers/matching";
import { requirementIn } from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();
const inbox = setUpInbox();

const METERING = {
  industry: "power-grid",
  capabilities: ["anomaly-detection"],
  title: "电能表故障预警",
  summary: "计量异常检测",
};

async function scene(visibility: "PUBLIC" | "INVITED" = "PUBLIC") {
  const enterprise = await createOrganization({ kind: "ENTERPRISE" });
  const requirement = await requirementIn(enterprise.id, "PENDING_REVIEW", {
    title: "计量数据异常检测平台",
    summary: "电能表计量数据异常检测",
    industry: "power-grid",
    capabilities: ["anomaly-detection"],
    region: "广东",
    visibility,
  });
  await refreshRequirementSearch(db, requirement.id);
  const fitting = await vendorWithCases(
    {
      name: "计量数据专家",
      region: "广东",
      capabilities: ["anomaly-detection"],
      industries: ["power-grid"],
    },
    [METERING, { ...METERING, title: "台区线损异常" }],
  );
  const unfit = await vendorWithCases(
    { name: "银行客服", capabilities: ["intelligent-customer-service"], industries: ["finance"] },
    [
      {
        industry: "finance",
        capabilities: ["intelligent-customer-service"],
        title: "客服",
        summary: "银行",
      },
    ],
  );
  const fitOwner = await createUser({ orgId: fitting.id, role: "OWNER" });
  const fitMember = await createUser({ orgId: fitting.id, role: "MEMBER" });
  const unfitOwner = await createUser({ orgId: unfit.id, role: "OWNER" });
  const searcherOrg = await createOrganization({ kind: "VENDOR", industries: [] });
  const searcher = await createUser({ orgId: searcherOrg.id, role: "OWNER" });
  await db.savedSearch.create({
    data: {
      userId: searcher.user.id,
      name: "计量",
      query: { q: "计量", industry: ["power-grid"] },
    },
  });
  const muted = await createUser({ orgId: searcherOrg.id });
  await db.savedSearch.create({
    data: { userId: muted.user.id, name: "计量", query: { q: "计量" }, alertsEnabled: false },
  });
  const elsewhere = await createUser({ orgId: searcherOrg.id });
  await db.savedSearch.create({
    data: { userId: elsewhere.user.id, name: "金融", query: { industry: ["finance"] } },
  });
  const admin = await createUser({ isAdmin: true });
  return {
    requirement,
    fitting,
    fitOwner,
    fitMember,
    unfitOwner,
    searcher,
    muted,
    elsewhere,
    admin,
  };
}

const noticesOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("a newly published requirement is announced by a job", () => {
  it("is only queued when the admin approves it, not announced in the request", async () => {
    const s = await scene();
    await approveRequirement(s.admin.actor, { requirementId: s.requirement.id });
    const jobs = await db.$queryRaw<{ data: unknown }[]>`
      SELECT data FROM pgboss.job WHERE name = 'requirement-announce'`;
    expect(jobs.map((job) => job.data)).toContainEqual({ requirementId: s.requirement.id });
    expect(await noticesOf(s.fitOwner.user.id)).toEqual([]);
  });

  it("tells the vendors it fits, with reasons, and the owners of matching saved searches", async () => {
    const s = await scene();
    await approveRequirement(s.admin.actor, { requirementId: s.requirement.id });
    const told = await announceNewRequirement(s.requirement.id);

    expect(told.savedSearch).toEqual([s.searcher.user.id]);
    expect(told.recommended.sort()).toEqual([s.fitOwner.user.id, s.fitMember.user.id].sort());
    const [recommended] = await noticesOf(s.fitOwner.user.id);
    expect(recommended).toMatchObject({ type: "requirement.recommended" });
    const data = recommended!.data as { params: Record<string, string>; href: string };
    expect(data.href).toBe(`/requirements/${s.requirement.id}`);
    expect(data.params.reasons).toContain("覆盖所需能力");
    const [hit] = await noticesOf(s.searcher.user.id);
    expect(hit).toMatchObject({ type: "savedSearch.hits" });
    for (const user of [s.unfitOwner, s.muted, s.elsewhere]) {
      expect(await noticesOf(user.user.id)).toEqual([]);
    }
    const mail = await inbox.latestTo(s.fitOwner.user.email);
    expect(mail.subject).toBe("新需求「计量数据异常检测平台」与您的能力匹配");
    expect(mail.text).toContain("推荐理由：覆盖所需能力");
    expect(mail.text).toContain(`/requirements/${s.requirement.id}`);
    const searchMail = await inbox.latestTo(s.searcher.user.email);
    expect(searchMail.subject).toBe("保存的搜索「计量」有新的匹配需求");
  });

  it("tells each user once per requirement, however often the job runs", async () => {
    const s = await scene();
    await approveRequirement(s.admin.actor, { requirementId: s.requirement.id });
    // The vendor that fits also saved a matching search: one notice, the one it asked for.
    await db.savedSearch.create({
      data: { userId: s.fitOwner.user.id, name: "异常检测", query: { q: "异常检测" } },
    });
    await announceNewRequirement(s.requirement.id);
    const again = await announceNewRequirement(s.requirement.id);

    expect(again).toEqual({ savedSearch: [], recommended: [] });
    expect((await noticesOf(s.fitOwner.user.id)).map((n) => n.type)).toEqual(["savedSearch.hits"]);
    expect(await noticesOf(s.fitMember.user.id)).toHaveLength(1);
    await inbox.settle();
    expect(await inbox.arrivedTo(s.fitOwner.user.email, 1)).toHaveLength(1);
    expect(await db.emailDelivery.count()).toBe(3);
  });

  it("announces an invited-only requirement to invited vendors alone", async () => {
    const s = await scene("INVITED");
    await approveRequirement(s.admin.actor, { requirementId: s.requirement.id });
    expect(await announceNewRequirement(s.requirement.id)).toEqual({
      savedSearch: [],
      recommended: [],
    });

    await db.bidInvitation.create({
      data: { requirementId: s.requirement.id, vendorOrgId: s.fitting.id },
    });
    const told = await announceNewRequirement(s.requirement.id);
    expect(told.recommended.sort()).toEqual([s.fitOwner.user.id, s.fitMember.user.id].sort());
    expect(told.savedSearch).toEqual([]);
    expect(await noticesOf(s.searcher.user.id)).toEqual([]);
  });

  it("announces nothing once the requirement is no longer open", async () => {
    const s = await scene();
    await approveRequirement(s.admin.actor, { requirementId: s.requirement.id });
    await db.requirement.update({ where: { id: s.requirement.id }, data: { status: "CANCELLED" } });
    expect(await announceNewRequirement(s.requirement.id)).toEqual({
      savedSearch: [],
      recommended: [],
    });
  });

  it("leaves a digest vendor's email to the digest, and still shows the notice in-app", async () => {
    const s = await scene();
    await db.notificationPreference.create({
      data: { userId: s.fitOwner.user.id, type: "digest", digest: "DAILY" },
    });
    await approveRequirement(s.admin.actor, { requirementId: s.requirement.id });
    await announceNewRequirement(s.requirement.id);
    expect(await noticesOf(s.fitOwner.user.id)).toHaveLength(1);
    expect(await db.emailDelivery.count({ where: { userId: s.fitOwner.user.id } })).toBe(0);
    expect(await db.emailDelivery.count({ where: { userId: s.fitMember.user.id } })).toBe(1);
  });
});
