import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";
import type { LockedRequirement } from "./lock-requirement";

type Tx = Prisma.TransactionClient;

/**
 * What a requirement needs before an admin can review it: a proposal deadline still ahead (by
 * the database's clock) and published evaluation criteria whose weights sum to 100. Refusals are
 * form-level messages: the submit button has no field to attach them to.
 */
export async function assertReadyForReview(tx: Tx, requirement: LockedRequirement): Promise<void> {
  if (!requirement.deadline) throw new DomainError("VALIDATION", "deadlineMissing");
  if (requirement.deadlinePassed) throw new DomainError("DEADLINE_PASSED", "submitDeadlinePassed");
  const criteria = await tx.evaluationCriterion.findMany({
    where: { requirementId: requirement.id },
    select: { weight: true },
  });
  if (criteria.length === 0) throw new DomainError("VALIDATION", "criteriaMissing");
  const sum = criteria.reduce((total, criterion) => total + criterion.weight, 0);
  if (sum !== 100) throw new DomainError("VALIDATION", "criteriaWeightsSum", { params: { sum } });
}
