import { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/domain/errors";

type Tx = Prisma.TransactionClient;

export interface LockedRequirement {
  id: string;
  orgId: string;
  status: RequirementStatus;
  version: number;
  deadline: Date | null;
  /** The deadline has passed by the database's clock (false without a deadline). */
  deadlinePassed: boolean;
  /** The database's clock at the start of the transaction. */
  dbNow: Date;
}

/**
 * Reads and row-locks a requirement until the transaction ends, so that of two concurrent
 * transitions the second sees the first's outcome. `orgId` restricts the read to one tenant (a
 * requirement of another organization is "not found"). Deadlines are judged by the database.
 */
export async function lockRequirement(
  tx: Tx,
  id: string,
  scope: { orgId?: string; mode?: "update" | "share" } = {},
): Promise<LockedRequirement> {
  const tenant = scope.orgId ? Prisma.sql`AND "orgId" = ${scope.orgId}` : Prisma.empty;
  const lock = scope.mode === "share" ? Prisma.sql`FOR SHARE` : Prisma.sql`FOR UPDATE`;
  const [row] = await tx.$queryRaw<LockedRequirement[]>`
    SELECT id, "orgId", status::text AS status, version, deadline,
           COALESCE(deadline <= now(), false) AS "deadlinePassed", now() AS "dbNow"
    FROM "Requirement" WHERE id = ${id} ${tenant} ${lock}`;
  if (!row) throw notFound("Requirement");
  return row;
}
