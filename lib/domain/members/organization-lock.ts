import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, forbidden } from "@/lib/domain/errors";

type Tx = Prisma.TransactionClient;

/**
 * Serializes membership changes of one organization (row lock on the organization until the
 * transaction ends): two owners removing each other at the same moment must not leave none, and
 * two invitations to the same address must not both pass the "already invited" check.
 */
export async function lockOrganization(tx: Tx, orgId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
}

/**
 * After the lock: the acting owner is still an owner of `orgId` (the session's role may be stale,
 * e.g. another owner removed them a moment ago).
 */
export async function confirmStillOwner(tx: Tx, userId: string, orgId: string): Promise<void> {
  const owner = await tx.membership.findFirst({
    where: { userId, orgId, role: "OWNER" },
    select: { id: true },
  });
  if (!owner) throw forbidden("ownerOnly");
}

/** Refuses (and so rolls back) a change that would leave the organization without an owner. */
export async function requireOwnerRemains(tx: Tx, orgId: string, key: string): Promise<void> {
  const owners = await tx.membership.count({ where: { orgId, role: "OWNER" } });
  if (owners === 0) throw new DomainError("CONFLICT", key);
}
