import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";
import { lockRequirement, type LockedRequirement } from "./lock-requirement";

type Tx = Prisma.TransactionClient;

/** The deadline has passed at `now` (a requirement without a deadline never closes by time). */
export function isPastDeadline(
  requirement: { deadline: Date | null },
  now: Date = new Date(),
): boolean {
  return requirement.deadline !== null && requirement.deadline <= now;
}

/**
 * For proposal and question use cases, inside their transaction: the requirement is PUBLISHED and
 * its deadline is still ahead by the database's clock, whether or not the closing job has run.
 * Holds a share lock, so the requirement cannot be closed, cancelled or taken down until the
 * caller's write commits.
 */
export async function assertOpenForSubmissions(
  tx: Tx,
  requirementId: string,
): Promise<LockedRequirement> {
  const requirement = await lockRequirement(tx, requirementId, { mode: "share" });
  const { status, deadlinePassed } = requirement;
  if (status === "EVALUATING" || (status === "PUBLISHED" && deadlinePassed)) {
    throw new DomainError("DEADLINE_PASSED", "deadlinePassed");
  }
  if (status !== "PUBLISHED") throw new DomainError("CONFLICT", "requirementNotOpen");
  return requirement;
}
