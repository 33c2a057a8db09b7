import type { RequirementStatus } from "@/lib/generated/prisma/enums";

/**
 * The status a reader should see: a published requirement past its deadline is already under
 * evaluation, even if the closing job has not moved it yet.
 */
export function effectiveStatus(
  requirement: { status: RequirementStatus; deadline: Date | null },
  now: Date = new Date(),
): RequirementStatus {
  const closed = requirement.deadline !== null && requirement.deadline <= now;
  return requirement.status === "PUBLISHED" && closed ? "EVALUATING" : requirement.status;
}
