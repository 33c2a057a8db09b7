import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { inviteVendor } from "@/lib/domain/bid-invitations/invite-vendor";
import { recordCompletion } from "@/lib/domain/contracts/record-completion";
import { recordContractSigning } from "@/lib/domain/contracts/record-contract-signing";
import { awardProposal, closeUnsuccessful } from "@/lib/domain/evaluation/decide";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import { remindBeforeDeadline } from "@/lib/domain/requirements/deadlines/remind-before-deadline";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { sendDueReminders } from "@/lib/jobs/reminder-jobs";
import { createUser } from "@/tests/helpers/actors";
import { completionInput, createAwardedCast, signingInput } from "@/tests/helpers/contracts";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createEvaluationScene } from "@/tests/helpers/evaluation";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { createBiddingScene, createVendor } from "@/tests/helpers/proposals";
import { setUpStorage } from "@/tests/helpers/storage";

setUpTestDatabase();
setUpStorage();

const HOUR = 3600 * 1000;
const JOB: Actor = { kind: "system", name: "job" };
const userOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : "");

const typesOf = async (userId: string) =>
  (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map(
    (n) => n.type,
  );

const membersOf = async (orgId: string) =>
  (await db.membership.findMany({ where: { orgId } })).map((m) => m.userId);

afterEach(() => {
  vi.useRealTimers();
});

describe("the use cases notify in their own transaction", () => {
  it("tells the invited vendor's members of a bid invitation, and no one else", async () => {
    const { requirement, vendor, otherVendor, enterprise } = await createBiddingScene();
    await inviteVendor(enterprise.owner, {
      requirementId: requirement.id,
      vendorId: vendor.org.id,
    });
    for (const actor of [vendor.owner, vendor.member]) {
      expect(await typesOf(userOf(actor))).toEqual(["bid.invited"]);
    }
    expect(await typesOf(userOf(otherVendor.owner))).toEqual([]);
    expect(await typesOf(userOf(enterprise.owner))).toEqual([]);
  });

  it("tells every bidder of the opening, then each its own outcome", async () => {
    const scene = await createEvaluationScene();
    const requirementId = scene.requirement.id;
    const withdrawnMember = await createUser({ orgId: scene.proposals.withdrawn.vendorOrgId });
    await openProposals(scene.users.owner.actor, { requirementId });
    await awardProposal(scene.users.owner.actor, {
      requirementId,
      proposalId: scene.proposals.first.id,
      reason: "交付更快",
    });
    expect(await typesOf(userOf(scene.vendors.first))).toEqual([
      "proposals.opened",
      "outcome.awarded",
    ]);
    expect(await typesOf(userOf(scene.vendors.second))).toEqual([
      "proposals.opened",
      "outcome.notAwarded",
    ]);
    expect(await typesOf(withdrawnMember.user.id)).toEqual([]);
    expect(await typesOf(scene.users.owner.user.id)).toEqual([]);
  });

  it("tells every bidder that the requirement closed without an award, with the reason", async () => {
    const scene = await createEvaluationScene();
    const requirementId = scene.requirement.id;
    await openProposals(scene.users.owner.actor, { requirementId });
    await closeUnsuccessful(scene.users.owner.actor, { requirementId, reason: "报价均超预算" });
    for (const vendor of [scene.vendors.first, scene.vendors.second]) {
      const last = await db.notification.findFirstOrThrow({
        where: { userId: userOf(vendor), type: "outcome.unsuccessful" },
      });
      expect(last.data).toMatchObject({ params: { reason: "报价均超预算" } });
    }
  });

  it("tells the winning vendor of the contract and of its rating", async () => {
    const { actors, requirement, vendor } = await createAwardedCast();
    await recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id));
    await recordCompletion(actors.enterpriseOwner, completionInput(requirement.id));
    for (const userId of await membersOf(vendor.org.id)) {
      expect(await typesOf(userId)).toEqual(["contract.recorded", "rating.received"]);
    }
    const rating = await db.notification.findFirstOrThrow({ where: { type: "rating.received" } });
    expect(rating.data).toMatchObject({
      params: { rating: "4" },
      href: `/vendors/${vendor.org.id}`,
    });
    expect(await typesOf(userOf(actors.otherVendor))).toEqual([]);
  });
});

/** A requirement due `hours` from the database's now, a vendor with a draft, one that bookmarked, one invited. */
async function dueIn(hours: number) {
  const now = await databaseNow();
  const enterprise = await createOrganization();
  const requirement = await createRequirement({
    orgId: enterprise.id,
    deadline: new Date(now.getTime() + hours * HOUR),
  });
  const drafter = await createVendor();
  await db.proposal.create({
    data: { requirementId: requirement.id, vendorOrgId: drafter.org.id, status: "DRAFT" },
  });
  const bookmarker = await createUser({ orgId: (await createVendor()).org.id });
  await db.bookmark.create({ data: { userId: bookmarker.user.id, requirementId: requirement.id } });
  const invited = await createVendor();
  await db.bidInvitation.create({
    data: { requirementId: requirement.id, vendorOrgId: invited.org.id },
  });
  const submitter = await createVendor();
  await db.proposal.create({
    data: {
      requirementId: requirement.id,
      vendorOrgId: submitter.org.id,
      status: "SUBMITTED",
      currentVersion: 1,
      submittedAt: now,
      versions: { create: { version: 1, priceCny: 1, summary: "s", approach: "a" } },
    },
  });
  const reminded = [userOf(drafter.owner), bookmarker.user.id, userOf(invited.member)];
  return { requirement, now, reminded, submitter: userOf(submitter.owner) };
}

const reminders = (requirementId: string) =>
  db.notification.count({
    where: { type: "deadline.reminder", data: { path: ["href"], string_contains: requirementId } },
  });

describe("the deadline reminder", () => {
  it("reminds drafts, bookmarks and invitations 24 h before by the database's clock, once", async () => {
    const soon = await dueIn(23);
    const later = await dueIn(25);
    // This process's clock runs two hours ahead: by it, `later` would be due too.
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(soon.now.getTime() + 2 * HOUR);

    expect((await sendDueReminders()).reminded).toEqual([soon.requirement.id]);
    for (const userId of soon.reminded)
      expect(await typesOf(userId)).toEqual(["deadline.reminder"]);
    expect(await typesOf(soon.submitter)).toEqual([]);
    expect(await reminders(later.requirement.id)).toBe(0);

    const again = await Promise.all([remindBeforeDeadline(JOB), remindBeforeDeadline(JOB)]);
    expect(again.flatMap((run) => run.reminded)).toEqual([]);
    expect(await reminders(soon.requirement.id)).toBe(5);
  });

  it("reminds again before a deadline moved later, not before one moved earlier", async () => {
    const { requirement, now } = await dueIn(23);
    await remindBeforeDeadline(JOB);
    // Moved earlier (still within the day): the reminder sent counts for it.
    await db.requirement.update({
      where: { id: requirement.id },
      data: { deadline: new Date(now.getTime() + 5 * HOUR) },
    });
    expect((await remindBeforeDeadline(JOB)).reminded).toEqual([]);
    // Sent 49 hours ago for a deadline since moved three days on, now due within the day.
    await db.requirement.update({
      where: { id: requirement.id },
      data: { deadlineRemindedAt: new Date(now.getTime() - 49 * HOUR) },
    });
    expect((await remindBeforeDeadline(JOB)).reminded).toEqual([requirement.id]);
    expect(await reminders(requirement.id)).toBe(10);
  });

  it("is for the platform only", async () => {
    const { enterprise } = await createBiddingScene();
    await expect(remindBeforeDeadline(enterprise.owner)).rejects.toThrow();
  });
});
