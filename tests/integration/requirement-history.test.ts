import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveRequirement } from "@/lib/domain/requirements/transitions/approve-requirement";
import { getRequirementHistory } from "@/lib/domain/requirements/history/get-requirement-history";
import { listModerationQueue } from "@/lib/domain/requirements/moderation/list-moderation-queue";
import { requestChanges } from "@/lib/domain/requirements/transitions/request-changes";
import { submitRequirement } from "@/lib/domain/requirements/transitions/submit-requirement";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, type Role } from "@/tests/helpers/actors";
import { outcomeOf, requirementIn, type Outcome } from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();

describe("who may see the history and the queue", () => {
  const historyTable: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "allowed",
    owner: "allowed",
    otherOwner: "NOT_FOUND",
    admin: "allowed",
  };
  it.each(ALL_ROLES)("a requirement's history: %s", async (role) => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "PUBLISHED");
    expect(
      await outcomeOf(() =>
        getRequirementHistory(cast.roles[role], { requirementId: requirement.id }),
      ),
    ).toBe(historyTable[role]);
  });

  const adminOnly: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "FORBIDDEN",
    owner: "FORBIDDEN",
    otherOwner: "FORBIDDEN",
    admin: "allowed",
  };
  it.each(ALL_ROLES)("the moderation queue: %s", async (role) => {
    const cast = await createCast("ENTERPRISE");
    expect(await outcomeOf(() => listModerationQueue(cast.roles[role]))).toBe(adminOnly[role]);
  });
});

describe("the history timeline", () => {
  it("shows every step in order, with who, why and the status before and after", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT");
    const requirementId = requirement.id;
    await submitRequirement(cast.roles.member, { requirementId });
    await requestChanges(cast.roles.admin, { requirementId, reason: "预算区间过宽" });
    await submitRequirement(cast.roles.owner, { requirementId });
    await approveRequirement(cast.roles.admin, { requirementId });

    const asOwner = await getRequirementHistory(cast.roles.owner, { requirementId });
    expect(asOwner.map((e) => [e.verb, e.actorKind, e.actorName, e.reason])).toEqual([
      ["submit", "user", cast.member.user.name, null],
      ["request-changes", "admin", null, "预算区间过宽"],
      ["submit", "user", cast.owner.user.name, null],
      ["approve", "admin", null, null],
    ]);
    expect(asOwner[1]).toMatchObject({
      action: "requirement.request-changes",
      before: { status: "PENDING_REVIEW" },
      after: { status: "DRAFT" },
    });
    expect(asOwner[1]!.createdAt).toBeInstanceOf(Date);

    // Admins see which admin decided.
    const asAdmin = await getRequirementHistory(cast.roles.admin, { requirementId });
    expect(asAdmin[1]!.actorName).toBe(cast.admin.user.name);
  });

  it("leaves out other entities' events", async () => {
    const cast = await createCast("ENTERPRISE");
    const requirement = await requirementIn(cast.org.id, "DRAFT");
    await db.auditEvent.create({
      data: { actorKind: "user", entityType: "report", entityId: requirement.id, action: "x" },
    });
    expect(
      await getRequirementHistory(cast.roles.owner, { requirementId: requirement.id }),
    ).toEqual([]);
  });
});

describe("the moderation queue", () => {
  it("lists requirements under review, the longest-waiting first, with the waiting time", async () => {
    const cast = await createCast("ENTERPRISE");
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const recent = await requirementIn(cast.org.id, "PENDING_REVIEW", {
      submittedAt: minutesAgo(5),
    });
    const oldest = await requirementIn(cast.org.id, "PENDING_REVIEW", {
      submittedAt: minutesAgo(90),
    });
    await requirementIn(cast.org.id, "DRAFT");
    await requirementIn(cast.org.id, "PUBLISHED");

    const queue = await listModerationQueue(cast.roles.admin);
    expect(queue.total).toBe(2);
    expect(queue.requirements.map((r) => r.id)).toEqual([oldest.id, recent.id]);
    expect(queue.requirements[0]!.organization.name).toBe(cast.org.name);
    expect(queue.requirements[0]!.waitingMs).toBeGreaterThanOrEqual(90 * 60_000);
    expect(queue.requirements[0]!.waitingMs).toBeLessThan(91 * 60_000);
  });
});
