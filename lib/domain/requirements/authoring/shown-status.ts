import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { closedByDeadlineWhere, openForProposalsWhere, type DbNow } from "../open-for-proposals";

export type StatusCounts = Record<RequirementStatus, number>;

/**
 * Requirements that show as `status` at `now`, the database side of `effectiveStatus`: a
 * published requirement past its deadline shows as under evaluation.
 */
export function shownAsWhere(status: RequirementStatus, now: DbNow): Prisma.RequirementWhereInput {
  if (status === "PUBLISHED") return openForProposalsWhere(now);
  if (status === "EVALUATING")
    return { OR: [{ status: "EVALUATING" }, closedByDeadlineWhere(now)] };
  return { status };
}

/** How many of the organization's requirements show in each status at `now` (zeros included). */
export async function countByShownStatus(orgId: string, now: DbNow): Promise<StatusCounts> {
  const [byStatus, closedPublished] = await Promise.all([
    db.requirement.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } }),
    db.requirement.count({ where: { AND: [{ orgId }, closedByDeadlineWhere(now)] } }),
  ]);
  const counts = Object.fromEntries(
    Object.values(RequirementStatus).map((status) => [status, 0]),
  ) as StatusCounts;
  for (const row of byStatus) counts[row.status] = row._count._all;
  counts.PUBLISHED -= closedPublished;
  counts.EVALUATING += closedPublished;
  return counts;
}
