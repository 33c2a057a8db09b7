import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoActivity } from "../demo-activity.schema";
import type { SeedIds, Tx } from "./seed-ids";

/** Creates the platform admins and the organization members, all verified, with one password. */
export async function seedAccounts(
  tx: Tx,
  ids: SeedIds,
  activity: DemoActivity,
  passwordHash: string,
): Promise<void> {
  const account = { passwordHash, emailVerifiedAt: new Date() };
  for (const admin of activity.admins) {
    await createUser(tx, ids, { ...admin, ...account, isAdmin: true });
  }
  for (const { email, name, org, role } of activity.users) {
    const membership = { create: { orgId: ids.org(org), role } };
    await createUser(tx, ids, { email, name, ...account, membership });
  }
}

export async function seedBookmarks(
  tx: Tx,
  ids: SeedIds,
  bookmarks: DemoActivity["bookmarks"],
): Promise<void> {
  for (const { user, requirement } of bookmarks) {
    await tx.bookmark.create({
      data: { userId: ids.user(user), requirementId: ids.requirement(requirement) },
    });
  }
}

async function createUser(tx: Tx, ids: SeedIds, data: Prisma.UserCreateInput): Promise<void> {
  const user = await tx.user.create({ data });
  ids.addUser(data.email, user.id);
}
