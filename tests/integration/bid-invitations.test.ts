import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inviteVendor } from "@/lib/domain/bid-invitations/invite-vendor";
import { listOwnInvitations } from "@/lib/domain/bid-invitations/list-own-invitations";
import { listRequirementInvitations } from "@/lib/domain/bid-invitations/list-requirement-invitations";
import { markInvitationViewed } from "@/lib/domain/bid-invitations/mark-invitation-viewed";
import { submitProposal } from "@/lib/domain/proposals/submit-proposal";
import { BIDDING_ROLES, createBiddingScene, type BiddingRole } from "@/tests/helpers/proposals";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createOrganization, createRequirement } from "@/tests/helpers/factories";
import { completeContent } from "@/tests/helpers/proposals";

setUpTestDatabase();

type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

async function expectOutcome(
  outcome: Outcome,
  call: () => Promise<unknown>,
  { audited }: { audited: boolean },
) {
  const before = await db.auditEvent.count();
  if (outcome === "allowed") {
    await call();
    expect(await db.auditEvent.count()).toBe(audited ? before + 1 : before);
  } else {
    await expect(call()).rejects.toMatchObject({ code: outcome });
    expect(await db.auditEvent.count()).toBe(before);
  }
}

/** An INVITED requirement: outsiders do not learn it exists. */
const INVITE: Record<BiddingRole, Outcome> = {
  visitor: "NOT_FOUND",
  vendorMember: "NOT_FOUND",
  vendorOwner: "NOT_FOUND",
  otherVendor: "NOT_FOUND",
  enterpriseOwner: "allowed",
  enterpriseMember: "allowed",
  otherEnterprise: "NOT_FOUND",
  admin: "FORBIDDEN",
};

const LIST_OWN: Record<BiddingRole, Outcome> = {
  visitor: "UNAUTHENTICATED",
  vendorMember: "allowed",
  vendorOwner: "allowed",
  otherVendor: "allowed",
  enterpriseOwner: "FORBIDDEN",
  enterpriseMember: "FORBIDDEN",
  otherEnterprise: "FORBIDDEN",
  admin: "FORBIDDEN",
};

/** Marking read, once the vendor (owner and member) is invited; the others never see it. */
const MARK_VIEWED: Record<BiddingRole, Outcome> = {
  visitor: "UNAUTHENTICATED",
  vendorMember: "allowed",
  vendorOwner: "allowed",
  otherVendor: "NOT_FOUND",
  enterpriseOwner: "FORBIDDEN",
  enterpriseMember: "FORBIDDEN",
  otherEnterprise: "FORBIDDEN",
  admin: "FORBIDDEN",
};

const LIST_FOR_REQUIREMENT: Record<BiddingRole, Outcome> = {
  visitor: "NOT_FOUND",
  vendorMember: "FORBIDDEN",
  vendorOwner: "FORBIDDEN",
  otherVendor: "NOT_FOUND",
  enterpriseOwner: "allowed",
  enterpriseMember: "allowed",
  otherEnterprise: "NOT_FOUND",
  admin: "allowed",
};

/** The bidding scene (criteria and qualifications included) with an INVITED requirement. */
const invitedCast = () => createBiddingScene({ visibility: "INVITED" });

async function invitedScene() {
  const cast = await invitedCast();
  await inviteVendor(cast.actors.enterpriseOwner, {
    requirementId: cast.requirement.id,
    vendorId: cast.vendor.org.id,
    message: "欢迎参与",
  });
  return cast;
}

describe("who may invite, list and mark read (an INVITED requirement)", () => {
  it.each(BIDDING_ROLES)("invite as %s", async (role) => {
    const cast = await invitedCast();
    await expectOutcome(
      INVITE[role],
      () =>
        inviteVendor(cast.actors[role], {
          requirementId: cast.requirement.id,
          vendorId: cast.vendor.org.id,
        }),
      { audited: true },
    );
    expect(await db.bidInvitation.count()).toBe(INVITE[role] === "allowed" ? 1 : 0);
  });

  it.each(BIDDING_ROLES)("list the vendor's invitations as %s", async (role) => {
    const cast = await invitedScene();
    await expectOutcome(LIST_OWN[role], () => listOwnInvitations(cast.actors[role]), {
      audited: false,
    });
  });

  it.each(BIDDING_ROLES)("mark an invitation read as %s", async (role) => {
    const cast = await invitedScene();
    await expectOutcome(
      MARK_VIEWED[role],
      () => markInvitationViewed(cast.actors[role], { requirementId: cast.requirement.id }),
      { audited: true },
    );
    const [invitation] = await db.bidInvitation.findMany();
    expect(invitation!.viewedAt !== null).toBe(MARK_VIEWED[role] === "allowed");
  });

  it.each(BIDDING_ROLES)("list a requirement's invitations as %s", async (role) => {
    const cast = await invitedScene();
    await expectOutcome(
      LIST_FOR_REQUIREMENT[role],
      () => listRequirementInvitations(cast.actors[role], { requirementId: cast.requirement.id }),
      { audited: false },
    );
  });
});

describe("inviting a vendor", () => {
  it("returns what telling the vendor needs, and lists the invitation for the vendor", async () => {
    const cast = await invitedCast();
    const sent = await inviteVendor(cast.actors.enterpriseMember, {
      requirementId: cast.requirement.id,
      vendorId: cast.vendor.org.id,
      message: "  期待您的方案  ",
    });
    expect(sent).toMatchObject({
      message: "期待您的方案",
      requirement: { id: cast.requirement.id, title: cast.requirement.title },
      vendor: { id: cast.vendor.org.id, name: cast.vendor.org.name },
    });
    const [listed] = await listOwnInvitations(cast.actors.vendorMember);
    expect(listed).toMatchObject({
      read: false,
      message: "期待您的方案",
      requirement: { id: cast.requirement.id, status: "PUBLISHED" },
    });
  });

  it("refuses a second invitation of the same vendor", async () => {
    const cast = await invitedScene();
    await expect(
      inviteVendor(cast.actors.enterpriseMember, {
        requirementId: cast.requirement.id,
        vendorId: cast.vendor.org.id,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "vendorAlreadyInvited" });
  });

  it("refuses an organization that is not a vendor, and an unknown one", async () => {
    const cast = await invitedCast();
    for (const vendorId of [(await createOrganization()).id, "no-such-vendor"]) {
      await expect(
        inviteVendor(cast.actors.enterpriseOwner, { requirementId: cast.requirement.id, vendorId }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.bidInvitation.count()).toBe(0);
  });

  it("only while the requirement is published and before its deadline", async () => {
    const cast = await invitedCast();
    const invite = (requirementId: string) =>
      inviteVendor(cast.actors.enterpriseOwner, { requirementId, vendorId: cast.vendor.org.id });
    const draft = await createRequirement({ orgId: cast.enterprise.org.id, status: "DRAFT" });
    await expect(invite(draft.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const closed = await createRequirement({
      orgId: cast.enterprise.org.id,
      deadline: new Date(Date.now() - 60_000),
    });
    await expect(invite(closed.id)).rejects.toMatchObject({ code: "DEADLINE_PASSED" });
  });

  it("refuses a message longer than the limit, on its field", async () => {
    const cast = await invitedCast();
    await expect(
      inviteVendor(cast.actors.enterpriseOwner, {
        requirementId: cast.requirement.id,
        vendorId: cast.vendor.org.id,
        message: "长".repeat(1001),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { message: expect.any(Array) } });
  });
});

describe("the vendor's invitations and the enterprise's view of them", () => {
  it("lists unread first, newest first within each", async () => {
    const cast = await invitedCast();
    const titles = ["第一", "第二", "第三"];
    for (const title of titles) {
      const r = await createRequirement({
        orgId: cast.enterprise.org.id,
        title,
        visibility: "INVITED",
      });
      await inviteVendor(cast.actors.enterpriseOwner, {
        requirementId: r.id,
        vendorId: cast.vendor.org.id,
      });
    }
    const first = await db.requirement.findFirstOrThrow({ where: { title: "第三" } });
    await markInvitationViewed(cast.actors.vendorMember, { requirementId: first.id });
    const listed = await listOwnInvitations(cast.actors.vendorOwner);
    expect(listed.map((i) => [i.requirement.title, i.read])).toEqual([
      ["第二", false],
      ["第一", false],
      ["第三", true],
    ]);
  });

  it("tells the enterprise who viewed it, the first time only, and never who has bid", async () => {
    const cast = await invitedScene();
    const { requirement, actors } = cast;
    expect(
      await markInvitationViewed(actors.vendorMember, { requirementId: requirement.id }),
    ).toEqual({
      marked: true,
    });
    const viewed = (await db.bidInvitation.findFirstOrThrow()).viewedAt;
    expect(
      await markInvitationViewed(actors.vendorOwner, { requirementId: requirement.id }),
    ).toEqual({
      marked: false,
    });
    await submitProposal(actors.vendorMember, {
      requirementId: requirement.id,
      content: await completeContent(requirement.id),
    });
    const [seen] = await listRequirementInvitations(actors.enterpriseMember, {
      requirementId: requirement.id,
    });
    expect(seen).toMatchObject({ vendor: { id: cast.vendor.org.id }, viewedAt: viewed });
    expect(JSON.stringify(seen)).not.toMatch(/proposal|submitted|SUBMITTED/i);
  });

  it("leaves out invitations whose requirement the vendor may no longer see", async () => {
    const cast = await invitedScene();
    await db.requirement.update({
      where: { id: cast.requirement.id },
      data: { status: "CANCELLED" },
    });
    expect(await listOwnInvitations(cast.actors.vendorMember)).toEqual([]);
  });
});
