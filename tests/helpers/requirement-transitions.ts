import { db } from "@/lib/db";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { createCriteria, createRequirement } from "./factories";

export type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

/** What happened when `run` was called: it went through, or the DomainError code it threw. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    const code = (error as { code?: Outcome }).code;
    if (!code) throw error;
    return code;
  }
}

export const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

/**
 * A requirement of `orgId` in `status`, with a deadline a week ahead and criteria weighing 100,
 * so that only the state machine and the actor decide what may happen to it.
 */
export async function requirementIn(
  orgId: string,
  status: RequirementStatus,
  overrides: Parameters<typeof createRequirement>[0] = {},
) {
  const requirement = await createRequirement({
    orgId,
    status,
    publishedAt: null,
    submittedAt: status === "DRAFT" ? null : new Date(),
    deadline: inDays(7),
    ...overrides,
  });
  await createCriteria(requirement.id, [60, 40]);
  return requirement;
}

export const statusOf = async (id: string) =>
  (await db.requirement.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

export const auditCount = (entityId: string) => db.auditEvent.count({ where: { entityId } });
