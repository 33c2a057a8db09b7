import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";

// The one definition of "a requirement is open for proposals" (DESIGN.md, "One clock"): it is
// PUBLISHED and its deadline, if it has one, is still ahead of the DATABASE's clock, whether or
// not the closing job has moved it yet. Every reader (pages, search, API, CLI) and writer
// (transitions, the deadline job, proposals and questions) decides with the forms below, all
// built on `isPastDeadline` and given an instant read from the database, never `new Date()`.

/** An instant of the database's clock, read by `databaseNow` (or with a row, by `lockRequirement`). */
export type DbNow = Date & { readonly clock: "database" };

/**
 * The database's clock, to the millisecond deadlines are stored with (truncated, so that
 * `deadline <= now` means the same here and in SQL's `now()`). Inside a transaction it is the
 * transaction's start, as `now()` is there.
 */
export const DB_NOW_SQL = Prisma.sql`date_trunc('milliseconds', now())`;

async function readDatabaseNow(client: Pick<Prisma.TransactionClient, "$queryRaw">) {
  const [row] = await client.$queryRaw<{ now: Date }[]>`SELECT ${DB_NOW_SQL} AS now`;
  return row!.now as DbNow;
}

/** A page's render reads the clock once, however many of its parts decide by it. */
const requestNow = cache(() => readDatabaseNow(db));

/**
 * Reads the database's clock: one instant for every decision of a request. Without `client`, a
 * page's render (React's request scope) reads it once and every reader shares it; elsewhere (a
 * route, a job, a script) each call reads it. With a transaction, its own clock.
 */
export function databaseNow(client?: Pick<Prisma.TransactionClient, "$queryRaw">): Promise<DbNow> {
  return client ? readDatabaseNow(client) : requestNow();
}

interface Deadlined {
  deadline: Date | null;
}

interface WithStatus extends Deadlined {
  status: RequirementStatus;
}

/** The deadline has passed at `now`; a requirement without a deadline never closes by time. */
export function isPastDeadline(requirement: Deadlined, now: DbNow): boolean {
  return requirement.deadline !== null && requirement.deadline.getTime() <= now.getTime();
}

/** Open for proposals at `now`: published, and not past its deadline. */
export function isOpenForProposals(requirement: WithStatus, now: DbNow): boolean {
  return requirement.status === "PUBLISHED" && !isPastDeadline(requirement, now);
}

interface WithQuestionDeadline extends WithStatus {
  questionDeadline: Date | null;
}

/**
 * Open for questions at `now`: open for proposals, and not past the question deadline (答疑截止)
 * when it has one (without one, questions close with proposals).
 */
export function isOpenForQuestions(requirement: WithQuestionDeadline, now: DbNow): boolean {
  return (
    isOpenForProposals(requirement, now) &&
    !isPastDeadline({ deadline: requirement.questionDeadline }, now)
  );
}

/**
 * The status a reader sees at `now`: a published requirement past its deadline is already under
 * evaluation, even if the closing job has not moved it yet.
 */
export function effectiveStatus(requirement: WithStatus, now: DbNow): RequirementStatus {
  return requirement.status === "PUBLISHED" && !isOpenForProposals(requirement, now)
    ? "EVALUATING"
    : requirement.status;
}

// The same rule as query conditions (a test keeps them equal to the predicates above).

/** Prisma `where`: open for proposals at `now`. */
export function openForProposalsWhere(now: DbNow): Prisma.RequirementWhereInput {
  return { status: "PUBLISHED", OR: [{ deadline: null }, { deadline: { gt: now } }] };
}

/** Prisma `where`: still PUBLISHED in the table, but past its deadline at `now` (shown as EVALUATING). */
export function closedByDeadlineWhere(now: DbNow): Prisma.RequirementWhereInput {
  return { status: "PUBLISHED", deadline: { lte: now } };
}

const column = (alias: string, name: string) => Prisma.raw(`${alias}."${name}"`);

/** SQL, for the requirement aliased `alias`: open for proposals at `now`. */
export function openForProposalsSql(alias: string, now: DbNow): Prisma.Sql {
  const deadline = column(alias, "deadline");
  return Prisma.sql`${column(alias, "status")} = 'PUBLISHED' AND (${deadline} IS NULL OR ${deadline} > ${now})`;
}

/** SQL, for the requirement aliased `alias`: still PUBLISHED, but past its deadline at `now`. */
export function closedByDeadlineSql(alias: string, now: DbNow): Prisma.Sql {
  return Prisma.sql`${column(alias, "status")} = 'PUBLISHED' AND ${column(alias, "deadline")} <= ${now}`;
}
