import type { Actor } from "@/lib/auth/actor";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { createOrganization } from "./factories";

let sequence = 0;

/** A user (verified, active), optionally a member of `orgId`, and their actor. */
export async function createUser(
  options: {
    orgId?: string;
    role?: "OWNER" | "MEMBER";
    isAdmin?: boolean;
    email?: string;
    name?: string;
  } = {},
) {
  const n = ++sequence;
  const user = await db.user.create({
    data: {
      email: options.email ?? `user${n}-${Math.random().toString(36).slice(2, 6)}@example.com`,
      name: options.name ?? `用户${n}`,
      isAdmin: options.isAdmin ?? false,
      emailVerifiedAt: new Date(),
      membership: options.orgId
        ? { create: { orgId: options.orgId, role: options.role ?? "MEMBER" } }
        : undefined,
    },
    include: { membership: { include: { organization: true } } },
  });
  const actor: Actor = {
    kind: "user",
    userId: user.id,
    isAdmin: user.isAdmin,
    orgId: user.membership?.orgId ?? null,
    orgKind: user.membership?.organization.kind ?? null,
    orgRole: user.membership?.role ?? null,
  };
  return { user, actor };
}

/**
 * The roles every authorization table covers: a visitor, the owner and a member of organization
 * `org`, the owner of another organization of the same kind, and a platform admin.
 */
export async function createCast(kind: OrganizationKind = "VENDOR") {
  const org = await createOrganization({ kind });
  const otherOrg = await createOrganization({ kind });
  const owner = await createUser({ orgId: org.id, role: "OWNER" });
  const member = await createUser({ orgId: org.id, role: "MEMBER" });
  const otherOwner = await createUser({ orgId: otherOrg.id, role: "OWNER" });
  const admin = await createUser({ isAdmin: true });
  return {
    org,
    otherOrg,
    owner,
    member,
    otherOwner,
    admin,
    roles: {
      visitor: { kind: "visitor" } as Actor,
      member: member.actor,
      owner: owner.actor,
      otherOwner: otherOwner.actor,
      admin: admin.actor,
    },
  };
}

export type Role = "visitor" | "member" | "owner" | "otherOwner" | "admin";
export const ALL_ROLES: Role[] = ["visitor", "member", "owner", "otherOwner", "admin"];
