import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorForUser } from "@/lib/auth/current-actor";
import { inviteMember } from "@/lib/domain/members/invite-member";
import { leaveOrganization } from "@/lib/domain/members/leave-organization";
import { listMembers } from "@/lib/domain/members/list-members";
import { removeMember } from "@/lib/domain/members/remove-member";
import { transferOwnership } from "@/lib/domain/members/transfer-ownership";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";
import { createInvitation } from "@/tests/helpers/factories";
import { expectOutcome, OWNER_ONLY, type Outcome } from "@/tests/helpers/members";
import { unknownOrigin } from "@/tests/helpers/origin";

setUpTestDatabase();

const roleOf = async (userId: string) =>
  (await db.membership.findUnique({ where: { userId } }))?.role ?? null;

/** A cast whose organization also has a second member, the target of owners' actions. */
async function castWithColleague() {
  const cast = await createCast();
  const colleague = await createUser({ orgId: cast.org.id, role: "MEMBER" });
  return { ...cast, colleague };
}

describe("who may do what", () => {
  const membersAndAdmins: Record<Role, Outcome> = {
    ...OWNER_ONLY,
    member: "allowed",
    admin: "allowed",
  };
  const anyMember: Record<Role, Outcome> = { ...OWNER_ONLY, member: "allowed" };

  it.each(ALL_ROLES)("list members as %s (invitations for owners only)", async (role) => {
    const cast = await createCast();
    await createInvitation({ orgId: cast.org.id, invitedById: cast.owner.user.id });
    await expectOutcome(
      membersAndAdmins,
      role,
      async () => {
        const list = await listMembers(cast.roles[role], { orgId: cast.org.id });
        expect(list.members).toHaveLength(2);
        expect(list.invitations?.length ?? null).toBe(role === "owner" ? 1 : null);
      },
      { writes: false },
    );
  });

  it.each(ALL_ROLES)("remove a member as %s", async (role) => {
    const { roles, colleague } = await castWithColleague();
    await expectOutcome(OWNER_ONLY, role, () =>
      removeMember(roles[role], { userId: colleague.user.id }),
    );
    expect(await roleOf(colleague.user.id)).toBe(OWNER_ONLY[role] === "allowed" ? null : "MEMBER");
  });

  it.each(ALL_ROLES)("hand ownership over as %s", async (role) => {
    const { roles, colleague } = await castWithColleague();
    await expectOutcome(OWNER_ONLY, role, () =>
      transferOwnership(roles[role], { userId: colleague.user.id }),
    );
    expect(await roleOf(colleague.user.id)).toBe(
      OWNER_ONLY[role] === "allowed" ? "OWNER" : "MEMBER",
    );
  });

  it.each(ALL_ROLES)("leave the organization as %s", async (role) => {
    const cast = await createCast();
    await createUser({ orgId: cast.org.id, role: "OWNER" }); // so that the owner is not the last
    const before = await db.membership.count();
    await expectOutcome(anyMember, role, () =>
      leaveOrganization(cast.roles[role], { orgId: cast.org.id }),
    );
    expect(await db.membership.count()).toBe(before - (anyMember[role] === "allowed" ? 1 : 0));
  });
});

describe("the member list", () => {
  it("shows owners first with their joined date, and only invitations still waiting", async () => {
    const { org, owner, member } = await createCast();
    const open = await createInvitation({ orgId: org.id, invitedById: owner.user.id });
    const expired = await createInvitation({
      orgId: org.id,
      invitedById: owner.user.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    await createInvitation({ orgId: org.id, invitedById: owner.user.id, acceptedAt: new Date() });
    await createInvitation({ orgId: org.id, invitedById: owner.user.id, revokedAt: new Date() });

    const list = await listMembers(owner.actor, { orgId: org.id });
    expect(list.members.map((m) => [m.id, m.role])).toEqual([
      [owner.user.id, "OWNER"],
      [member.user.id, "MEMBER"],
    ]);
    expect(list.members[0]!.joinedAt).toBeInstanceOf(Date);
    expect(list.ownerCount).toBe(1);
    expect(list.invitations!.map((i) => [i.id, i.expired]).sort()).toEqual(
      [
        [open.invitation.id, false],
        [expired.invitation.id, true],
      ].sort(),
    );
  });
});

describe("leaving", () => {
  it("refuses the last owner with a clear reason, and changes nothing", async () => {
    const { org, owner } = await createCast();
    await expect(leaveOrganization(owner.actor, { orgId: org.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "lastOwnerCannotLeave",
    });
    expect(await roleOf(owner.user.id)).toBe("OWNER");
  });

  it("keeps the account of a member who leaves, without an organization", async () => {
    const { org, member } = await createCast();
    await leaveOrganization(member.actor, { orgId: org.id });
    expect(await actorForUser(member.user.id, new Date())).toMatchObject({
      kind: "user",
      orgId: null,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "membership.leave" } });
    expect(event).toMatchObject({ actorUserId: member.user.id, orgId: org.id });
  });
});

describe("handing ownership over", () => {
  it("swaps the roles in one step; the former owner can no longer invite", async () => {
    const { org, owner, colleague } = await castWithColleague();
    await transferOwnership(owner.actor, { userId: colleague.user.id });
    expect(await roleOf(colleague.user.id)).toBe("OWNER");
    expect(await roleOf(owner.user.id)).toBe("MEMBER");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "organization.transfer-ownership" },
    });
    expect(event).toMatchObject({
      before: { owner: owner.user.id },
      after: { owner: colleague.user.id },
    });
    const formerOwner = await actorForUser(owner.user.id, new Date());
    await expect(
      inviteMember(formerOwner, { orgId: org.id, email: "x@example.com" }, unknownOrigin),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a target who is already an owner, or in another organization", async () => {
    const { owner, otherOwner } = await createCast();
    await expect(transferOwnership(owner.actor, { userId: owner.user.id })).rejects.toMatchObject({
      message: "alreadyOwner",
    });
    await expect(
      transferOwnership(owner.actor, { userId: otherOwner.user.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await roleOf(owner.user.id)).toBe("OWNER");
  });

  it("refuses an owner whose role was taken away a moment ago (stale session)", async () => {
    const { owner, colleague, member } = await castWithColleague();
    await transferOwnership(owner.actor, { userId: colleague.user.id });
    await expect(transferOwnership(owner.actor, { userId: member.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await roleOf(member.user.id)).toBe("MEMBER");
  });
});

describe("removing members", () => {
  it("removes the member, signs their sessions out and records who they were", async () => {
    const { owner, colleague } = await castWithColleague();
    const signedOutAllAt = new Date(Date.now() - 3_600_000);
    await db.user.update({
      where: { id: colleague.user.id },
      data: { sessionsValidAfter: signedOutAllAt },
    });
    const sessionIssuedAt = new Date(Date.now() - 60_000);
    expect(await actorForUser(colleague.user.id, sessionIssuedAt)).toMatchObject({ kind: "user" });
    await removeMember(owner.actor, { userId: colleague.user.id });

    const user = await db.user.findUniqueOrThrow({ where: { id: colleague.user.id } });
    expect(user.sessionsValidAfter.getTime()).toBeGreaterThan(sessionIssuedAt.getTime());
    expect(await actorForUser(colleague.user.id, sessionIssuedAt)).toEqual({ kind: "visitor" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "membership.remove" } });
    expect(event.before).toMatchObject({ userId: colleague.user.id, email: colleague.user.email });
  });

  it("lets an owner remove another owner while one remains, but not themselves", async () => {
    const { org, owner } = await createCast();
    const coOwner = await createUser({ orgId: org.id, role: "OWNER" });
    await expect(removeMember(owner.actor, { userId: owner.user.id })).rejects.toMatchObject({
      message: "cannotRemoveSelf",
    });
    await removeMember(owner.actor, { userId: coOwner.user.id });
    expect(await db.membership.count({ where: { orgId: org.id, role: "OWNER" } })).toBe(1);
  });

  it("never leaves an organization without an owner when two owners remove each other at once", async () => {
    const { org, owner } = await createCast();
    const coOwner = await createUser({ orgId: org.id, role: "OWNER" });
    const results = await Promise.allSettled([
      removeMember(owner.actor, { userId: coOwner.user.id }),
      removeMember(coOwner.actor, { userId: owner.user.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { orgId: org.id, role: "OWNER" } })).toBe(1);
  });
});
