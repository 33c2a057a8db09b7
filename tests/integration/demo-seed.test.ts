import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { visitor } from "@/lib/auth/actor";
import { actorForUser } from "@/lib/auth/current-actor";
import { verifyPassword } from "@/lib/auth/password";
import { getRanking } from "@/lib/domain/evaluation/read-scores";
import { listClarifications } from "@/lib/domain/questions/list-clarifications";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { capabilityTags, industryTags } from "@/lib/taxonomy";
import { getTrackRecord } from "@/lib/domain/contracts/get-track-record";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@/prisma/seed/seed-demo";
import { setUpTestDatabase } from "@/tests/helpers/database";

// Seeding the whole demo takes 15-20 s on an idle two-core machine, more under load.
vi.setConfig({ testTimeout: 120_000 });

setUpTestDatabase();

const ALL_STATES = Object.values(RequirementStatus);

describe("the demo seed", () => {
  it("fills every page: enterprises, vendors with cases, requirements in every state, proposals, questions", async () => {
    expect(await seedDemo()).toBe(true);
    expect(await db.organization.count({ where: { kind: "ENTERPRISE" } })).toBeGreaterThanOrEqual(
      10,
    );
    expect(
      await db.organization.count({ where: { kind: "VENDOR", caseStudies: { some: {} } } }),
    ).toBeGreaterThanOrEqual(30);
    expect(await db.requirement.count()).toBeGreaterThanOrEqual(40);
    const states = await db.requirement.groupBy({ by: ["status"], _count: true });
    expect(states.map((s) => s.status).sort()).toEqual([...ALL_STATES].sort());
    const industries = await db.requirement.findMany({
      distinct: ["industry"],
      select: { industry: true },
    });
    expect(industries).toHaveLength(industryTags.length);
    const capabilities = new Set(
      (await db.requirement.findMany({ select: { capabilities: true } })).flatMap(
        (r) => r.capabilities,
      ),
    );
    expect(capabilities.size).toBe(capabilityTags.length);
    expect(await db.proposal.count()).toBeGreaterThan(0);
    expect(await db.question.count()).toBeGreaterThan(0);
  });

  it("shows China Southern Grid's requirement first to a new visitor", async () => {
    await seedDemo();
    const { items } = await searchRequirements(visitor, { limit: "1" });
    expect(items[0]).toMatchObject({
      title: "人工智能驱动的电能量数据创新应用技术研究",
      organization: {
        name: "南方电网数字电网集团",
        nameEn: "China Southern Power Grid Digital Grid Group",
      },
    });
  });

  it("gives China Southern Grid's requirement published clarifications, an addendum and open questions", async () => {
    await seedDemo();
    const csg = await db.requirement.findFirstOrThrow({
      where: { key: "csg-energy-data-ai" },
      select: { id: true },
    });
    const vendor = await db.user.findUniqueOrThrow({ where: { email: "iflytek@zhipei.demo" } });
    const reader = await actorForUser(vendor.id, new Date());
    const published = await listClarifications(reader, { requirementId: csg.id });
    expect(published.map((c) => [c.kind, c.asker])).toEqual([
      ["answer", "A"],
      ["answer", "B"],
      ["addendum", null],
    ]);
    expect(await db.question.count({ where: { requirementId: csg.id, answer: null } })).toBe(2);
  });

  it("creates the demo accounts with the demo password and their roles", async () => {
    await seedDemo();
    const [admin, csg, damo] = await Promise.all(
      DEMO_ACCOUNTS.map((a) =>
        db.user.findUniqueOrThrow({
          where: { email: a.email },
          include: { membership: { include: { organization: true } } },
        }),
      ),
    );
    expect(admin!.isAdmin).toBe(true);
    expect(admin!.membership).toBeNull();
    expect(csg!.membership).toMatchObject({
      role: "OWNER",
      organization: { key: "csg-digital-grid", kind: "ENTERPRISE" },
    });
    expect(damo!.membership).toMatchObject({
      role: "OWNER",
      organization: { key: "damo-decision", kind: "VENDOR" },
    });
    expect(await verifyPassword(csg!.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(csg!.passwordHash!, "wrong")).toBe(false);
  });

  it("seeds once: a second run changes nothing", async () => {
    await seedDemo();
    const before = [await db.user.count(), await db.requirement.count(), await db.proposal.count()];
    expect(await seedDemo()).toBe(false);
    expect([
      await db.user.count(),
      await db.requirement.count(),
      await db.proposal.count(),
    ]).toEqual(before);
  });

  it("shows the seeded scores in the ranking of an opened requirement, to its organization", async () => {
    await seedDemo();
    const seat = await db.evaluator.findFirstOrThrow({
      include: { requirement: { select: { id: true, orgId: true } } },
    });
    const owner = await db.membership.findFirstOrThrow({
      where: { orgId: seat.requirement.orgId, role: "OWNER" },
    });
    const actor = await actorForUser(owner.userId, new Date());
    const ranking = await getRanking(actor, { requirementId: seat.requirement.id });
    expect(ranking.evaluators.length).toBeGreaterThan(0);
    expect(ranking.rows.some((row) => row.scores.length > 0)).toBe(true);
  });
});

describe("the demo's evaluation", () => {
  it("has an opened EVALUATING requirement whose panel has one evaluator submitted, one still scoring", async () => {
    await seedDemo();
    const requirement = await db.requirement.findFirstOrThrow({
      where: { key: "sgcc-kf-ticket-routing" },
      include: { evaluators: { include: { user: true } }, criteria: true },
    });
    expect(requirement.status).toBe("EVALUATING");
    const owner = await db.membership.findFirstOrThrow({
      where: { orgId: requirement.orgId, role: "OWNER" },
    });
    expect(requirement.openedAt).not.toBeNull();
    expect(requirement.openedById).toBe(owner.userId);
    const opening = await db.auditEvent.findFirstOrThrow({
      where: { entityId: requirement.id, action: "requirement.open-proposals" },
    });
    expect(opening).toMatchObject({
      actorUserId: owner.userId,
      orgId: requirement.orgId,
      entityType: "requirement",
      after: { proposals: 3 },
    });
    const seats = new Map(requirement.evaluators.map((e) => [e.user.email, e]));
    const submitted = seats.get("sgcc-kf@zhipei.demo")!;
    const scoring = seats.get("sgcc-kf-ai@zhipei.demo")!;
    expect(submitted).toMatchObject({ appointedById: owner.userId });
    expect(submitted.noConflictDeclaredAt).not.toBeNull();
    expect(submitted.submittedAt).not.toBeNull();
    expect(scoring).toMatchObject({ appointedById: owner.userId, submittedAt: null });
    expect(scoring.noConflictDeclaredAt).not.toBeNull();
    const proposals = await db.proposal.count({ where: { requirementId: requirement.id } });
    const full = proposals * requirement.criteria.length;
    const scoresOf = (evaluatorId: string) =>
      db.score.count({ where: { evaluatorId, proposal: { requirementId: requirement.id } } });
    expect(await scoresOf(submitted.userId)).toBe(full);
    const partial = await scoresOf(scoring.userId);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(full);
    // The ranking is over the submitted evaluator only.
    const ranking = await getRanking(await actorForUser(owner.userId, new Date()), {
      requirementId: requirement.id,
    });
    expect(ranking.evaluators.map((e) => e.id)).toEqual([submitted.userId]);
  });

  it("opens every scored or awarded requirement by its owner, with the audit event", async () => {
    await seedDemo();
    const opened = await db.requirement.findMany({ where: { openedAt: { not: null } } });
    expect(opened.length).toBeGreaterThan(0);
    for (const r of opened) expect(r.openedById).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "requirement.open-proposals" } })).toBe(
      opened.length,
    );
  });

  it("has AWARDED, CONTRACTED and COMPLETED requirements, every other bidder of an award NOT_AWARDED", async () => {
    await seedDemo();
    const awards = await db.award.findMany({
      include: {
        proposal: true,
        requirement: { include: { proposals: true, contract: true } },
      },
    });
    const states = new Set(awards.map((a) => a.requirement.status));
    expect(states).toEqual(new Set(["AWARDED", "CONTRACTED", "COMPLETED"]));
    for (const award of awards) {
      expect(award.decidedById).not.toBeNull();
      expect(award.proposal.status).toBe("AWARDED");
      const others = award.requirement.proposals.filter(
        (p) => p.id !== award.proposalId && p.status !== "DRAFT" && p.status !== "WITHDRAWN",
      );
      expect(others.length).toBeGreaterThan(0);
      for (const p of others) expect(p.status).toBe("NOT_AWARDED");
    }
    const completed = awards.filter((a) => a.requirement.status === "COMPLETED");
    expect(completed.length).toBeGreaterThan(0);
    for (const a of completed) expect(a.requirement.contract?.rating).toBeGreaterThanOrEqual(1);
  });
});

describe("the demo's contracts", () => {
  it("has CONTRACTED and COMPLETED requirements, the completed ones rated on the vendor's track record", async () => {
    await seedDemo();
    const contracts = await db.contract.findMany({ include: { requirement: true } });
    const statuses = new Set(contracts.map((c) => c.requirement.status));
    expect(statuses).toEqual(new Set(["CONTRACTED", "COMPLETED"]));
    const completed = contracts.filter((c) => c.requirement.status === "COMPLETED");
    expect(completed.length).toBeGreaterThan(0);
    for (const contract of completed) {
      expect(contract.rating).toBeGreaterThanOrEqual(1);
      expect(contract.acceptanceNotes).toBeTruthy();
    }
    const award = await db.award.findUniqueOrThrow({
      where: { requirementId: completed[0]!.requirementId },
      include: { proposal: true },
    });
    const record = await getTrackRecord(award.proposal.vendorOrgId);
    expect(record.entries.map((e) => e.rating)).toContain(completed[0]!.rating);
  });
});

describe("the demo's notifications", () => {
  it("gives the demo accounts read and unread notices of several types, and their email in the outbox", async () => {
    await seedDemo();
    for (const email of ["csg@zhipei.demo", "damo@zhipei.demo"]) {
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      const notices = await db.notification.findMany({ where: { userId: user.id } });
      expect(new Set(notices.map((n) => n.type)).size).toBeGreaterThanOrEqual(2);
      expect(notices.some((n) => n.readAt)).toBe(true);
      expect(notices.some((n) => !n.readAt)).toBe(true);
      // Queued for the demo's worker, which delivers them to its mail sink.
      expect(await db.emailDelivery.count({ where: { userId: user.id } })).toBe(notices.length);
    }
    const damo = await db.user.findUniqueOrThrow({ where: { email: "damo@zhipei.demo" } });
    const types = await db.notification.findMany({
      where: { userId: damo.id },
      select: { type: true },
    });
    expect(types.map((t) => t.type)).toEqual(
      expect.arrayContaining(["requirement.recommended", "savedSearch.hits"]),
    );
  });
});
