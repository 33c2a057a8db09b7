import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { changeDeadlines } from "@/lib/domain/requirements/deadlines/change-deadlines";
import { listDeadlineChanges } from "@/lib/domain/requirements/deadlines/list-deadline-changes";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { createBiddingScene, submittedProposal } from "@/tests/helpers/proposals";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { inDays } from "@/tests/helpers/requirement-transitions";

setUpTestDatabase();

async function errorOf(run: () => Promise<unknown>): Promise<DomainError> {
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** A published requirement closing in 10 days, questions in 5. */
const castWithDeadlines = () =>
  createBiddingScene({ deadline: inDays(10), questionDeadline: inDays(5) });

const deadlinesOf = (id: string) =>
  db.requirement.findUniqueOrThrow({
    where: { id },
    select: { deadline: true, questionDeadline: true },
  });

describe("changing deadlines", () => {
  it("extends both deadlines with a reason, published as a change notice", async () => {
    const { actors, requirement } = await castWithDeadlines();
    const deadline = inDays(20);
    const questionDeadline = inDays(12);
    await changeDeadlines(actors.enterpriseOwner, {
      requirementId: requirement.id,
      deadline: deadline.toISOString(),
      questionDeadline: questionDeadline.toISOString(),
      reason: "应多家供应商要求，延长准备时间",
    });
    expect(await deadlinesOf(requirement.id)).toEqual({ deadline, questionDeadline });
    const notices = await listDeadlineChanges(actors.visitor, requirement.id);
    expect(notices).toEqual([
      expect.objectContaining({
        reason: "应多家供应商要求，延长准备时间",
        deadline: { from: requirement.deadline, to: deadline },
        questionDeadline: { from: requirement.questionDeadline, to: questionDeadline },
      }),
    ]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "requirement.change-deadlines" },
    });
    expect(event).toMatchObject({
      entityId: requirement.id,
      reason: "应多家供应商要求，延长准备时间",
    });
  });

  it("shortens while no proposal has been submitted, and a draft does not count", async () => {
    const { actors, requirement, vendor } = await castWithDeadlines();
    await db.proposal.create({
      data: { requirementId: requirement.id, vendorOrgId: vendor.org.id },
    });
    const deadline = inDays(8);
    await changeDeadlines(actors.enterpriseOwner, {
      requirementId: requirement.id,
      deadline: deadline.toISOString(),
      reason: "提前开标",
    });
    expect((await deadlinesOf(requirement.id)).deadline).toEqual(deadline);
  });

  it("refuses to shorten either deadline once a proposal has been submitted, but still extends", async () => {
    const { actors, requirement, vendor } = await castWithDeadlines();
    await submittedProposal(requirement.id, vendor.org.id);
    for (const change of [{ deadline: inDays(9) }, { questionDeadline: inDays(4) }]) {
      const error = await errorOf(() =>
        changeDeadlines(actors.enterpriseOwner, {
          requirementId: requirement.id,
          reason: "提前",
          ...Object.fromEntries(Object.entries(change).map(([k, v]) => [k, v.toISOString()])),
        }),
      );
      expect([error.code, error.message]).toEqual(["CONFLICT", "shorteningWithProposals"]);
    }
    expect(await deadlinesOf(requirement.id)).toEqual({
      deadline: requirement.deadline,
      questionDeadline: requirement.questionDeadline,
    });
    expect(await db.auditEvent.count()).toBe(0);
    await changeDeadlines(actors.enterpriseOwner, {
      requirementId: requirement.id,
      deadline: inDays(15).toISOString(),
      reason: "延期",
    });
    expect(await listDeadlineChanges(actors.vendorMember, requirement.id)).toHaveLength(1);
  });

  it("refuses times in the past, a question deadline after the proposal deadline, and no change", async () => {
    const { actors, requirement } = await castWithDeadlines();
    const now = await databaseNow();
    const base = { requirementId: requirement.id, reason: "调整" };
    const past = await errorOf(() =>
      changeDeadlines(actors.enterpriseOwner, {
        ...base,
        questionDeadline: new Date(now.getTime() - 60_000).toISOString(),
      }),
    );
    expect(past.fieldErrors).toEqual({ questionDeadline: ["deadlineInPast"] });
    const late = await errorOf(() =>
      changeDeadlines(actors.enterpriseOwner, {
        ...base,
        questionDeadline: inDays(11).toISOString(),
      }),
    );
    expect(late.fieldErrors).toEqual({ questionDeadline: ["questionAfterDeadline"] });
    const same = await errorOf(() =>
      changeDeadlines(actors.enterpriseOwner, {
        ...base,
        deadline: requirement.deadline!.toISOString(),
      }),
    );
    expect(same.fieldErrors).toEqual({ deadline: ["deadlineChangeEmpty"] });
    const empty = await errorOf(() => changeDeadlines(actors.enterpriseOwner, base));
    expect(empty.fieldErrors).toEqual({ deadline: ["deadlineChangeEmpty"] });
    const noReason = await errorOf(() =>
      changeDeadlines(actors.enterpriseOwner, {
        ...base,
        reason: " ",
        deadline: inDays(30).toISOString(),
      }),
    );
    expect(noReason.fieldErrors).toEqual({ reason: ["required"] });
  });

  it("changes nothing once the deadline has passed by the database's clock, or before publication", async () => {
    const { actors, requirement } = await castWithDeadlines();
    const now = await databaseNow();
    await db.requirement.update({
      where: { id: requirement.id },
      data: { questionDeadline: null, deadline: new Date(now.getTime() - 1) },
    });
    const closed = await errorOf(() =>
      changeDeadlines(actors.enterpriseOwner, {
        requirementId: requirement.id,
        deadline: inDays(3).toISOString(),
        reason: "重新开放",
      }),
    );
    expect(closed.code).toBe("DEADLINE_PASSED");
    await db.requirement.update({
      where: { id: requirement.id },
      data: { status: "PENDING_REVIEW" },
    });
    const unpublished = await errorOf(() =>
      changeDeadlines(actors.enterpriseOwner, {
        requirementId: requirement.id,
        deadline: inDays(3).toISOString(),
        reason: "调整",
      }),
    );
    expect([unpublished.code, unpublished.message]).toEqual(["CONFLICT", "requirementNotOpen"]);
  });
});
