import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { closeAtDeadline } from "@/lib/domain/requirements/transitions/close-at-deadline";
import { lockOpenRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { scheduleDeadline } from "@/lib/jobs/deadline-jobs";
import { startWorkers } from "@/lib/jobs/start-workers";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast } from "@/tests/helpers/actors";
import { createRequirement } from "@/tests/helpers/factories";
import { outcomeOf, statusOf } from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();

const JOB: Actor = { kind: "system", name: "job" };
const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000);

async function waitForStatus(id: string, status: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await statusOf(id)) === status) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`requirement ${id} did not become ${status} within ${timeoutMs} ms`);
}

/** The deadline job of `requirementId`: its state and what its handler returned. */
async function deadlineJob(requirementId: string) {
  const [job] = await db.$queryRaw<{ state: string; output: unknown }[]>`
    SELECT state::text, output FROM pgboss.job
    WHERE name = 'requirement-deadline' AND data->>'requirementId' = ${requirementId}`;
  return job;
}

describe("closing at the deadline", () => {
  it("moves only PUBLISHED requirements whose deadline has passed, once", async () => {
    const overdue = await createRequirement({ deadline: secondsFromNow(-1) });
    const untouched = await Promise.all([
      createRequirement({ deadline: secondsFromNow(60) }),
      createRequirement({ deadline: null }),
      createRequirement({ status: "PENDING_REVIEW", deadline: secondsFromNow(-1) }),
      createRequirement({ status: "CANCELLED", deadline: secondsFromNow(-1) }),
    ]);

    expect(await closeAtDeadline(JOB)).toEqual({ closed: [overdue.id] });
    const row = await db.requirement.findUniqueOrThrow({ where: { id: overdue.id } });
    expect(row).toMatchObject({ status: "EVALUATING", version: overdue.version + 1 });
    expect(row.closedAt).toBeInstanceOf(Date);
    for (const other of untouched) expect(await statusOf(other.id)).toBe(other.status);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: overdue.id } });
    expect(event).toMatchObject({
      actorKind: "job",
      actorUserId: null,
      action: "requirement.close",
      before: { status: "PUBLISHED" },
      after: { status: "EVALUATING" },
    });

    expect(await closeAtDeadline(JOB)).toEqual({ closed: [] });
    expect(await db.auditEvent.count({ where: { entityId: overdue.id } })).toBe(1);
  });

  it("closes just the named requirement for its own job", async () => {
    const [first, second] = await Promise.all([
      createRequirement({ deadline: secondsFromNow(-1) }),
      createRequirement({ deadline: secondsFromNow(-1) }),
    ]);
    expect(await closeAtDeadline(JOB, { requirementId: first!.id })).toEqual({
      closed: [first!.id],
    });
    expect(await statusOf(second!.id)).toBe("PUBLISHED");
  });

  it("is for the platform only", async () => {
    const cast = await createCast("ENTERPRISE");
    const overdue = await createRequirement({ orgId: cast.org.id, deadline: secondsFromNow(-1) });
    const outcomes = await Promise.all(
      ALL_ROLES.map((role) => outcomeOf(() => closeAtDeadline(cast.roles[role]))),
    );
    expect(outcomes).toEqual([
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
    ]);
    expect(await statusOf(overdue.id)).toBe("PUBLISHED");
  });
});

describe("the submission guard", () => {
  const guard = (requirementId: string) =>
    db.$transaction((tx) => lockOpenRequirement(tx, requirementId));

  it("refuses one millisecond after the deadline, while the status still says PUBLISHED", async () => {
    const requirement = await createRequirement();
    await expect(guard(requirement.id)).resolves.toMatchObject({ status: "PUBLISHED" });
    // The database's clock decides: the deadline is set from it, not from this process's clock.
    await db.$executeRaw`
      UPDATE "Requirement" SET deadline = now() - interval '1 millisecond'
      WHERE id = ${requirement.id}`;
    await expect(guard(requirement.id)).rejects.toMatchObject({
      code: "DEADLINE_PASSED",
      message: "deadlinePassed",
    });
    expect(await statusOf(requirement.id)).toBe("PUBLISHED");
  });

  it("refuses a closed, cancelled or unknown requirement", async () => {
    const evaluating = await createRequirement({ status: "EVALUATING" });
    const cancelled = await createRequirement({ status: "CANCELLED" });
    await expect(guard(evaluating.id)).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
    await expect(guard(cancelled.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "requirementNotOpen",
    });
    await expect(guard("no-such-requirement")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the deadline workers (pg-boss)", () => {
  it("catch up on start with what became overdue while no worker ran", async () => {
    const missed = await createRequirement({ deadline: secondsFromNow(-3600) });
    const workers = await startWorkers();
    try {
      await waitForStatus(missed.id, "EVALUATING", 15_000);
      const schedules = await db.$queryRaw<{ name: string; cron: string }[]>`
        SELECT name, cron FROM pgboss.schedule ORDER BY name`;
      expect(schedules).toEqual([
        { name: "deadline-reminder", cron: "0 * * * *" },
        { name: "email-delivery-sweep", cron: "* * * * *" },
        { name: "notification-digest", cron: "5 * * * *" },
        { name: "requirement-deadline-sweep", cron: "* * * * *" },
      ]);
    } finally {
      await workers.stop();
    }
  });

  it("close a requirement at its deadline without anyone touching it", async () => {
    const workers = await startWorkers();
    try {
      const soon = await createRequirement({ deadline: secondsFromNow(1.5) });
      await scheduleDeadline(soon.id, soon.deadline!);
      await waitForStatus(soon.id, "EVALUATING", 15_000);
      // Its own job ran the closing (the sweep, running at times of its own, may have won).
      await expect
        .poll(() => deadlineJob(soon.id), { timeout: 5_000 })
        .toEqual({ state: "completed", output: { closed: expect.any(Array) } });
    } finally {
      await workers.stop();
    }
  });
});
