import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { DomainError, notFound } from "@/lib/domain/errors";
import {
  DB_NOW_SQL,
  isOpenForProposals,
  isOpenForQuestions,
  isPastDeadline,
  type DbNow,
} from "../open-for-proposals";

type Tx = Prisma.TransactionClient;

export interface LockedRequirement {
  id: string;
  orgId: string;
  status: RequirementStatus;
  version: number;
  deadline: Date | null;
  questionDeadline: Date | null;
  /** The deadline has passed by the database's clock (false without a deadline). */
  deadlinePassed: boolean;
  /** The database's clock at the start of the transaction. */
  dbNow: DbNow;
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
  const [row] = await tx.$queryRaw<Omit<LockedRequirement, "deadlinePassed">[]>`
    SELECT id, "orgId", status::text AS status, version, deadline, "questionDeadline",
      ${DB_NOW_SQL} AS "dbNow"
    FROM "Requirement" WHERE id = ${id} ${tenant} ${lock}`;
  if (!row) throw notFound("Requirement");
  return { ...row, deadlinePassed: isPastDeadline(row, row.dbNow) };
}

/**
 * For a write that needs a requirement open for proposals (submitting, revising or withdrawing a
 * proposal, asking a question), inside its transaction: refuses with DEADLINE_PASSED once the
 * deadline has passed by the database's clock, whether or not the closing job has run, and with
 * CONFLICT when the requirement is not published. Holds a share lock, so the requirement cannot
 * be closed, cancelled or taken down until the caller's write commits.
 */
export async function lockOpenRequirement(
  tx: Tx,
  id: string,
  scope: { orgId?: string; mode?: "update" | "share" } = { mode: "share" },
): Promise<LockedRequirement> {
  const requirement = await lockRequirement(tx, id, scope);
  if (isOpenForProposals(requirement, requirement.dbNow)) return requirement;
  if (requirement.status === "PUBLISHED" || requirement.status === "EVALUATING") {
    throw new DomainError("DEADLINE_PASSED", "deadlinePassed");
  }
  throw new DomainError("CONFLICT", "requirementNotOpen");
}

/**
 * For asking a question, inside its transaction: as lockOpenRequirement, and refused with
 * DEADLINE_PASSED (questionDeadlinePassed) once the question deadline has passed by the
 * database's clock.
 */
export async function lockRequirementOpenForQuestions(
  tx: Tx,
  id: string,
): Promise<LockedRequirement> {
  const requirement = await lockOpenRequirement(tx, id);
  if (isOpenForQuestions(requirement, requirement.dbNow)) return requirement;
  throw new DomainError("DEADLINE_PASSED", "questionDeadlinePassed");
}
