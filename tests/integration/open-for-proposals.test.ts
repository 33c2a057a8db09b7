import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import {
  closedByDeadlineSql,
  closedByDeadlineWhere,
  databaseNow,
  effectiveStatus,
  isOpenForProposals,
  isPastDeadline,
  openForProposalsSql,
  openForProposalsWhere,
  type DbNow,
} from "@/lib/domain/requirements/open-for-proposals";
import { lockRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createRequirement } from "@/tests/helpers/factories";

setUpTestDatabase();

// The rule's forms (predicate, Prisma `where`, SQL) must agree row for row, at the boundary most.
const NOW = new Date("2027-03-31T16:00:00.000Z") as DbNow;
const OFFSETS_MS = [-60_000, -1, 0, 1, 60_000, null];
const STATUSES: RequirementStatus[] = ["PUBLISHED", "EVALUATING", "DRAFT", "CANCELLED"];

async function everyCase() {
  for (const status of STATUSES) {
    for (const offset of OFFSETS_MS) {
      const deadline = offset === null ? null : new Date(NOW.getTime() + offset);
      await createRequirement({ status, deadline, questionDeadline: null });
    }
  }
  return db.requirement.findMany({ select: { id: true, status: true, deadline: true } });
}

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

/** The ids a Prisma condition and an SQL condition find, each. */
async function foundBy(where: Prisma.RequirementWhereInput, sql: Prisma.Sql) {
  const viaWhere = await db.requirement.findMany({ where, select: { id: true } });
  const viaSql = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "Requirement" AS r WHERE ${sql}`;
  return [idsOf(viaWhere), idsOf(viaSql)];
}

describe("open for proposals, in every form", () => {
  it("is the same set of requirements as a predicate, a Prisma condition and SQL", async () => {
    const rows = await everyCase();
    const open = idsOf(rows.filter((row) => isOpenForProposals(row, NOW)));
    // Published with no deadline, or a deadline after NOW; not at NOW itself.
    expect(open).toHaveLength(3);
    expect(await foundBy(openForProposalsWhere(NOW), openForProposalsSql("r", NOW))).toEqual([
      open,
      open,
    ]);
  });

  it("shows as under evaluation exactly what is published and past its deadline, in every form", async () => {
    const rows = await everyCase();
    const closed = idsOf(
      rows.filter(
        (row) => row.status === "PUBLISHED" && effectiveStatus(row, NOW) === "EVALUATING",
      ),
    );
    expect(closed).toHaveLength(3);
    expect(await foundBy(closedByDeadlineWhere(NOW), closedByDeadlineSql("r", NOW))).toEqual([
      closed,
      closed,
    ]);
  });

  it("treats the deadline's own millisecond as past, and no deadline as never past", () => {
    expect(isPastDeadline({ deadline: new Date(NOW.getTime()) }, NOW)).toBe(true);
    expect(isPastDeadline({ deadline: new Date(NOW.getTime() + 1) }, NOW)).toBe(false);
    expect(isPastDeadline({ deadline: null }, NOW)).toBe(false);
  });
});

describe("the database's clock", () => {
  it("is read to the millisecond, so that it compares with deadlines as SQL's now() does", async () => {
    const requirement = await createRequirement();
    // Due at the transaction's now(), which PostgreSQL stores rounded to the millisecond (up,
    // about half the time): both clocks must then agree whether it has passed.
    for (let attempt = 0; attempt < 20; attempt++) {
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Requirement" SET deadline = now() WHERE id = ${requirement.id}`;
        const [sql] = await tx.$queryRaw<{ passed: boolean }[]>`
          SELECT deadline <= now() AS passed FROM "Requirement" WHERE id = ${requirement.id}`;
        const now = await databaseNow(tx);
        const locked = await lockRequirement(tx, requirement.id);
        expect(locked.dbNow.getTime()).toBe(now.getTime());
        expect(locked.deadlinePassed).toBe(sql!.passed);
        expect(isPastDeadline(locked, now)).toBe(sql!.passed);
      });
    }
  });
});
