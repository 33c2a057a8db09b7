import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { applyTransition } from "@/lib/domain/requirements/transitions/apply-transition";
import { lockRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { approveRequirement } from "@/lib/domain/requirements/transitions/approve-requirement";
import { cancelRequirement } from "@/lib/domain/requirements/transitions/cancel-requirement";
import { rejectRequirement } from "@/lib/domain/requirements/transitions/reject-requirement";
import { requestChanges } from "@/lib/domain/requirements/transitions/request-changes";
import { submitRequirement } from "@/lib/domain/requirements/transitions/submit-requirement";
import { takeDownRequirement } from "@/lib/domain/requirements/transitions/take-down-requirement";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, type Role } from "@/tests/helpers/actors";
import {
  auditCount,
  outcomeOf,
  requirementIn,
  statusOf,
  type Outcome,
} from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();

const REASON = "请补充数据样本说明";
const memberTable: Record<Role, Outcome> = {
  visitor: "UNAUTHENTICATED",
  member: "allowed",
  owner: "allowed",
  otherOwner: "NOT_FOUND",
  admin: "FORBIDDEN",
};
const ownerTable: Record<Role, Outcome> = { ...memberTable, member: "FORBIDDEN" };
const adminTable: Record<Role, Outcome> = {
  visitor: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  owner: "FORBIDDEN",
  otherOwner: "FORBIDDEN",
  admin: "allowed",
};

type Run = (actor: Actor, requirementId: string, reason: string) => Promise<unknown>;
interface Case {
  name: string;
  from: RequirementStatus;
  to: RequirementStatus;
  table: Record<Role, Outcome>;
  run: Run;
}
const byId = (requirementId: string, reason: string) => ({ requirementId, reason });
const CASES: Case[] = [
  {
    name: "submit",
    from: "DRAFT",
    to: "PENDING_REVIEW",
    table: memberTable,
    run: (actor, id) => submitRequirement(actor, { requirementId: id }),
  },
  {
    name: "approve",
    from: "PENDING_REVIEW",
    to: "PUBLISHED",
    table: adminTable,
    run: (actor, id) => approveRequirement(actor, { requirementId: id }),
  },
  {
    name: "request changes",
    from: "PENDING_REVIEW",
    to: "DRAFT",
    table: adminTable,
    run: (actor, id, reason) => requestChanges(actor, byId(id, reason)),
  },
  {
    name: "reject",
    from: "PENDING_REVIEW",
    to: "REJECTED",
    table: adminTable,
    run: (actor, id, reason) => rejectRequirement(actor, byId(id, reason)),
  },
  {
    name: "take down",
    from: "PUBLISHED",
    to: "REMOVED",
    table: adminTable,
    run: (actor, id, reason) => takeDownRequirement(actor, byId(id, reason)),
  },
  {
    name: "cancel",
    from: "PUBLISHED",
    to: "CANCELLED",
    table: ownerTable,
    run: (actor, id, reason) => cancelRequirement(actor, byId(id, reason)),
  },
];
const caseNamed = (name: string) => CASES.find((c) => c.name === name)!;
const REASONED = CASES.filter((c) => c.name !== "submit" && c.name !== "approve");

describe("who may move a requirement", () => {
  const rows = CASES.flatMap((c) => ALL_ROLES.map((role) => [c.name, role, c] as const));
  it.each(rows)("%s: %s", async (_name, role, { from, to, table, run }) => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, from);
    expect(await outcomeOf(() => run(cast.roles[role], requirement.id, REASON))).toBe(table[role]);
    const allowed = table[role] === "allowed";
    expect(await statusOf(requirement.id)).toBe(allowed ? to : from);
    expect(await auditCount(requirement.id)).toBe(allowed ? 1 : 0);
  });
});

describe("every transition", () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: bumps the version and writes one audit event with before and after",
    async (_name, { from, to, table, run }) => {
      const cast = await createCast("ENTERPRISE");
      const actor = table.admin === "allowed" ? cast.admin : cast.owner;
      const requirement = await requirementIn(cast.org.id, from);
      await run(actor.actor, requirement.id, REASON);
      const row = await db.requirement.findUniqueOrThrow({ where: { id: requirement.id } });
      expect(row).toMatchObject({ status: to, version: requirement.version + 1 });
      const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: requirement.id } });
      expect(event).toMatchObject({
        entityType: "requirement",
        orgId: cast.org.id,
        actorUserId: actor.user.id,
        actorKind: table.admin === "allowed" ? "admin" : "user",
        before: { status: from },
        after: { status: to },
      });
    },
  );

  it.each(REASONED.map((c) => [c.name, c] as const))(
    "%s: needs a reason, and the owner reads it as the status reason",
    async (_name, { from, to, table, run }) => {
      const cast = await createCast("ENTERPRISE");
      const actor = table.admin === "allowed" ? cast.roles.admin : cast.roles.owner;
      const requirement = await requirementIn(cast.org.id, from);
      await expect(run(actor, requirement.id, "   ")).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { reason: ["required"] },
      });
      expect(await statusOf(requirement.id)).toBe(from);
      expect(await auditCount(requirement.id)).toBe(0);

      await run(actor, requirement.id, REASON);
      const row = await db.requirement.findUniqueOrThrow({ where: { id: requirement.id } });
      expect(row).toMatchObject({ status: to, statusReason: REASON });
      const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: requirement.id } });
      expect(event.reason).toBe(REASON);
    },
  );

  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: is refused from a state the workflow does not allow, with a clear error",
    async (_name, { table, run }) => {
      const cast = await createCast("ENTERPRISE");
      const actor = table.admin === "allowed" ? cast.roles.admin : cast.roles.owner;
      const requirement = await requirementIn(cast.org.id, "COMPLETED");
      await expect(run(actor, requirement.id, REASON)).rejects.toMatchObject({
        code: "INVALID_TRANSITION",
        message: "invalidTransition",
        params: { from: "COMPLETED" },
      });
      expect(await auditCount(requirement.id)).toBe(0);
    },
  );
});

describe("optimistic locking", () => {
  it("refuses a write based on a stale read of the version", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT");
    const staleSubmit = db.$transaction(async (tx) => {
      const read = await lockRequirement(tx, requirement.id);
      return applyTransition(
        tx,
        cast.roles.owner,
        { ...read, version: read.version - 1 },
        "submit",
      );
    });
    await expect(staleSubmit).rejects.toMatchObject({
      code: "CONFLICT",
      message: "requirementChanged",
    });
    expect(await statusOf(requirement.id)).toBe("DRAFT");
    expect(await auditCount(requirement.id)).toBe(0);
  });
});

describe("submitting for review", () => {
  const submit = (actor: Actor, requirementId: string) =>
    submitRequirement(actor, { requirementId });

  it("stamps the submission and clears the reason changes were requested for", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT", { statusReason: REASON });
    await submit(cast.roles.member, requirement.id);
    const row = await db.requirement.findUniqueOrThrow({ where: { id: requirement.id } });
    expect(row.statusReason).toBeNull();
    expect(row.submittedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("is refused when the deadline has passed, even by a millisecond", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT", {
      deadline: new Date(Date.now() - 1),
    });
    await expect(submit(cast.roles.owner, requirement.id)).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
      message: "submitDeadlinePassed",
    });
    expect(await statusOf(requirement.id)).toBe("DRAFT");
  });

  it("is refused without a deadline", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT", { deadline: null });
    await expect(submit(cast.roles.owner, requirement.id)).rejects.toMatchObject({
      code: "VALIDATION",
      message: "deadlineMissing",
    });
  });

  it("is refused unless the criteria weights sum to 100", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT");
    await db.evaluationCriterion.updateMany({
      where: { requirementId: requirement.id, position: 0 },
      data: { weight: 50 },
    });
    await expect(submit(cast.roles.owner, requirement.id)).rejects.toMatchObject({
      code: "VALIDATION",
      message: "criteriaWeightsSum",
      params: { sum: 90 },
    });
    await db.evaluationCriterion.deleteMany({ where: { requirementId: requirement.id } });
    await expect(submit(cast.roles.owner, requirement.id)).rejects.toMatchObject({
      code: "VALIDATION",
      message: "criteriaMissing",
    });
    expect(await statusOf(requirement.id)).toBe("DRAFT");
  });

  it("goes round again after changes were requested", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT");
    await submit(cast.roles.owner, requirement.id);
    await requestChanges(cast.roles.admin, { requirementId: requirement.id, reason: REASON });
    await submit(cast.roles.owner, requirement.id);
    await approveRequirement(cast.roles.admin, { requirementId: requirement.id });
    const row = await db.requirement.findUniqueOrThrow({ where: { id: requirement.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", statusReason: null, version: 5 });
  });
});

describe("approving", () => {
  it("publishes now and queues the deadline job at the deadline", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "PENDING_REVIEW");
    await approveRequirement(cast.roles.admin, { requirementId: requirement.id });
    const row = await db.requirement.findUniqueOrThrow({ where: { id: requirement.id } });
    expect(row.publishedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const jobs = await db.$queryRaw<{ start_after: Date }[]>`
      SELECT start_after FROM pgboss.job
      WHERE name = 'requirement-deadline' AND data->>'requirementId' = ${requirement.id}`;
    expect(jobs).toEqual([{ start_after: requirement.deadline }]);
  });

  it("is refused once the deadline has passed", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "PENDING_REVIEW", {
      deadline: new Date(Date.now() - 1),
    });
    await expect(
      approveRequirement(cast.roles.admin, { requirementId: requirement.id }),
    ).rejects.toMatchObject({ code: "DEADLINE_PASSED", message: "approveDeadlinePassed" });
    expect(await statusOf(requirement.id)).toBe("PENDING_REVIEW");
  });

  it("by two admins at once: exactly one wins, the other is told it is already published", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "PENDING_REVIEW");
    const results = await Promise.allSettled(
      [cast.roles.admin, cast.roles.admin].map((admin) =>
        approveRequirement(admin, { requirementId: requirement.id }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({
      code: "INVALID_TRANSITION",
      params: { from: "PUBLISHED", action: "approve" },
    });
    expect(await auditCount(requirement.id)).toBe(1);
    const row = await db.requirement.findUniqueOrThrow({ where: { id: requirement.id } });
    expect(row.version).toBe(requirement.version + 1);
  });
});

describe("taking down and cancelling", () => {
  it("takes down a requirement under evaluation too", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "EVALUATING");
    await takeDownRequirement(cast.roles.admin, { requirementId: requirement.id, reason: REASON });
    expect(await statusOf(requirement.id)).toBe("REMOVED");
  });

  const cancel = caseNamed("cancel").run;
  it.each(["DRAFT", "PENDING_REVIEW", "PUBLISHED", "EVALUATING"] as const)(
    "cancels from %s",
    async (from) => {
      const cast = await createCast("ENTERPRISE");
      const requirement = await requirementIn(cast.org.id, from);
      await cancel(cast.roles.owner, requirement.id, REASON);
      expect(await statusOf(requirement.id)).toBe("CANCELLED");
    },
  );

  it.each([
    "AWARDED",
    "CONTRACTED",
    "COMPLETED",
    "UNSUCCESSFUL",
    "REJECTED",
    "REMOVED",
    "CANCELLED",
  ] as const)("refuses to cancel from %s", async (from) => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, from);
    await expect(cancel(cast.roles.owner, requirement.id, REASON)).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      params: { from, action: "cancel" },
    });
    expect(await statusOf(requirement.id)).toBe(from);
  });
});
