import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { LISTED_STATUSES } from "@/lib/domain/requirements/visibility";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { setUpTestDatabase } from "@/tests/helpers/database";

// Seeding the whole demo takes 15-20 s on an idle two-core machine, more under load.
vi.setConfig({ testTimeout: 120_000 });

setUpTestDatabase();

const SUBMITTED: RequirementStatus[] = Object.values(RequirementStatus).filter(
  (status) => status !== "DRAFT",
);
/** Listed once: published (and some later closed, awarded or taken down). */
const PUBLISHED_ONCE: RequirementStatus[] = [...LISTED_STATUSES, "REMOVED"];
const CLOSED: RequirementStatus[] = LISTED_STATUSES.filter((status) => status !== "PUBLISHED");

/** Every seeded requirement with what happened to it, as the pages read it. */
function seededHistories() {
  return db.requirement.findMany({
    select: {
      key: true,
      status: true,
      createdAt: true,
      submittedAt: true,
      publishedAt: true,
      questionDeadline: true,
      deadline: true,
      proposals: { select: { submittedAt: true, withdrawnAt: true, status: true } },
      questions: { select: { createdAt: true, answeredAt: true } },
      award: { select: { decidedAt: true, contract: true } },
      criteria: { select: { scores: { select: { createdAt: true } } } },
    },
  });
}

type History = Awaited<ReturnType<typeof seededHistories>>[number];

const earliest = (dates: (Date | null)[]) =>
  dates.filter((d): d is Date => d !== null).sort((a, b) => +a - +b)[0];

/** The requirement's milestones, in the order they must have happened. */
function milestones(r: History, now: Date): [string, Date][] {
  const moments: [string, Date | null | undefined][] = [
    ["created", r.createdAt],
    ["submitted", r.submittedAt],
    ["published", r.publishedAt],
    ["question deadline", CLOSED.includes(r.status) ? r.questionDeadline : null],
    ["proposal deadline", CLOSED.includes(r.status) ? r.deadline : null],
    ["first score", earliest(r.criteria.flatMap((c) => c.scores.map((s) => s.createdAt)))],
    ["award", r.award?.decidedAt],
    ["contract signed", r.award?.contract?.signedAt],
    ["contract completed", r.award?.contract?.completedAt],
    ["now", now],
  ];
  return moments.filter((m): m is [string, Date] => m[1] instanceof Date);
}

/** `at` lies in [from, to], or the problem. */
function within(what: string, at: Date | null, from: Date | null, to: Date): string[] {
  if (!at) return [];
  if (!from) return [`${what} on a requirement never published`];
  return at < from || at > to ? [`${what} at ${at.toISOString()} outside its window`] : [];
}

function outOfOrder(r: History, now: Date): string[] {
  const steps = milestones(r, now);
  const problems = steps.slice(1).flatMap(([name, at], i) => {
    const [previousName, previousAt] = steps[i]!;
    return at <= previousAt ? [`${name} (${at.toISOString()}) not after ${previousName}`] : [];
  });
  for (const deadline of [r.questionDeadline, r.deadline]) {
    if (r.publishedAt && deadline && deadline <= r.publishedAt)
      problems.push("a deadline before publication");
  }
  const bidsClose = r.deadline && r.deadline < now ? r.deadline : now;
  const questionsClose = r.questionDeadline && r.questionDeadline < now ? r.questionDeadline : now;
  for (const p of r.proposals) {
    problems.push(...within("a proposal", p.submittedAt, r.publishedAt, bidsClose));
    problems.push(...within("a withdrawal", p.withdrawnAt, p.submittedAt, bidsClose));
  }
  for (const q of r.questions) {
    problems.push(...within("a question", q.createdAt, r.publishedAt, questionsClose));
    problems.push(...within("an answer", q.answeredAt, q.createdAt, questionsClose));
  }
  if (SUBMITTED.includes(r.status) !== (r.submittedAt !== null)) problems.push("submittedAt");
  if (PUBLISHED_ONCE.includes(r.status) !== (r.publishedAt !== null)) problems.push("publishedAt");
  return problems.map((problem) => `${r.key} (${r.status}): ${problem}`);
}

describe("the demo seed's dates", () => {
  it("give every requirement a history in order, none of it in the future", async () => {
    const now = new Date();
    await seedDemo(now);
    const histories = await seededHistories();
    expect(histories.length).toBeGreaterThanOrEqual(40);
    expect(histories.flatMap((r) => outOfOrder(r, now))).toEqual([]);
    const awarded = histories.filter((r) => r.award);
    expect(awarded.length).toBeGreaterThan(0);
    for (const r of awarded) expect(r.publishedAt!.getTime()).toBeLessThan(r.deadline!.getTime());
  });

  it("move with the day the demo is seeded: open listings stay open, past ones stay past", async () => {
    const later = new Date("2029-05-20T08:00:00Z");
    await seedDemo(later);
    const histories = await seededHistories();
    expect(histories.flatMap((r) => outOfOrder(r, later))).toEqual([]);
    const open = histories.filter((r) => r.status === "PUBLISHED");
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect(r.deadline!.getTime()).toBeGreaterThan(later.getTime());
    const csg = histories.find((r) => r.key === "csg-energy-data-ai")!;
    const newest = Math.max(...open.map((r) => r.publishedAt!.getTime()));
    expect(csg.publishedAt!.getTime()).toBe(newest);
  });
});
