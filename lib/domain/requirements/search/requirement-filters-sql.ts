import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { SearchQuery } from "@/lib/search/search-query";
import { textMatchSql } from "@/lib/search/search-sql";
import { shanghaiLocalToUtc } from "@/lib/format/shanghai-time";
import { closedByDeadlineSql, openForProposalsSql, type DbNow } from "../open-for-proposals";
import { LISTED_STATUSES } from "../visibility";
import { projectNumberSearched } from "./project-number-search";
import type { RequirementSearchParams, RequirementState } from "./search-requirements.schema";
import { adminOrPlatform } from "@/lib/auth/guards";

// The SQL twin of visibility.ts for the search query, which Prisma's query builder cannot express
// (tsvector ranking), and the deadline rule's SQL form (open-for-proposals.ts). A test keeps them
// equal to the originals. The requirement is aliased `r`. Every user value is a parameter.

const statusList = (statuses: readonly string[]) =>
  Prisma.raw(statuses.map((status) => `'${status}'`).join(", "));

/**
 * The visibility part of `visibleRequirementsWhere`, for listed requirements: with `stateSql`
 * (a subset of LISTED_STATUSES in every state) it is that function ∩ LISTED_STATUSES. Status is
 * left to `stateSql` alone: a second, overlapping status condition misleads the planner.
 */
export function visibilitySql(actor: Actor): Prisma.Sql | null {
  if (adminOrPlatform.can(actor)) return null;
  if (actor.kind !== "user" || !actor.orgId) return Prisma.sql`r."visibility" = 'PUBLIC'`;
  return Prisma.sql`(r."visibility" = 'PUBLIC' OR r."orgId" = ${actor.orgId}
    OR EXISTS (SELECT 1 FROM "BidInvitation" b
               WHERE b."requirementId" = r."id" AND b."vendorOrgId" = ${actor.orgId}))`;
}

/** Who sees the same requirements under `visibilitySql`: everyone, the public, or one organization. */
export function visibilityScope(actor: Actor): string {
  if (adminOrPlatform.can(actor)) return "all";
  if (actor.kind !== "user" || !actor.orgId) return "public";
  return `org:${actor.orgId}`;
}

const AWARDED_STATUSES = ["AWARDED", "CONTRACTED", "COMPLETED"] as const;

/**
 * The state a reader sees (`effectiveStatus`) at the database's `now`: past its deadline, a
 * published requirement is under evaluation. "all" is every listed status.
 */
export function stateSql(state: RequirementState, now: DbNow): Prisma.Sql {
  switch (state) {
    case "open":
      return openForProposalsSql("r", now);
    case "evaluating":
      return Prisma.sql`(r."status" = 'EVALUATING' OR (${closedByDeadlineSql("r", now)}))`;
    case "awarded":
      return Prisma.sql`r."status" IN (${statusList(AWARDED_STATUSES)})`;
    case "all":
      return Prisma.sql`r."status" IN (${statusList(LISTED_STATUSES)})`;
  }
}

/**
 * Budget ranges overlap; a missing bound is open on that side. A requirement without any
 * budget does not match a budget filter.
 */
function budgetSql(min: number | undefined, max: number | undefined): Prisma.Sql | null {
  if (min === undefined && max === undefined) return null;
  return Prisma.join(
    [
      Prisma.sql`(r."budgetMinCny" IS NOT NULL OR r."budgetMaxCny" IS NOT NULL)`,
      ...(min === undefined
        ? []
        : [Prisma.sql`(r."budgetMaxCny" IS NULL OR r."budgetMaxCny" >= ${min})`]),
      ...(max === undefined
        ? []
        : [Prisma.sql`(r."budgetMinCny" IS NULL OR r."budgetMinCny" <= ${max})`]),
    ],
    " AND ",
  );
}

const startOfShanghaiDay = (day: string) => shanghaiLocalToUtc(`${day}T00:00`)!;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deadlines within the days from `from` to `to`, both included. */
function deadlineSql(from: string | undefined, to: string | undefined): Prisma.Sql[] {
  return [
    ...(from ? [Prisma.sql`r."deadline" >= ${startOfShanghaiDay(from)}`] : []),
    ...(to
      ? [Prisma.sql`r."deadline" < ${new Date(startOfShanghaiDay(to).getTime() + DAY_MS)}`]
      : []),
  ];
}

/** Every condition of a search but the text: visibility, state and the filters. */
export function requirementFiltersSql(
  actor: Actor,
  params: RequirementSearchParams,
  now: DbNow,
): Prisma.Sql[] {
  const conditions: (Prisma.Sql | null)[] = [
    stateSql(params.state, now),
    visibilitySql(actor),
    params.industry.length ? Prisma.sql`r."industry" = ANY(${params.industry}::text[])` : null,
    params.capability.length ? Prisma.sql`r."capabilities" && ${params.capability}::text[]` : null,
    params.region.length ? Prisma.sql`r."region" = ANY(${params.region}::text[])` : null,
    budgetSql(params.budgetMin, params.budgetMax),
    ...deadlineSql(params.deadlineFrom, params.deadlineTo),
    // The organization's verification, as triggers copy it to its requirements.
    params.verified ? Prisma.sql`r."orgVerified"` : null,
  ];
  return conditions.filter((condition): condition is Prisma.Sql => condition !== null);
}

/** The text conditions of a search: its words, or the project number it is. */
export function requirementTextSql(q: string | undefined, query: SearchQuery): Prisma.Sql[] {
  const projectNumber = projectNumberSearched(q);
  return projectNumber
    ? [Prisma.sql`r."projectNumber" = ${projectNumber}`]
    : textMatchSql("r", query);
}

/**
 * Every condition of a search: its words (or the project number it is), then visibility, state
 * and filters.
 */
export function requirementSearchSql(
  actor: Actor,
  params: RequirementSearchParams,
  query: SearchQuery,
  now: DbNow,
): Prisma.Sql[] {
  return [...requirementTextSql(params.q, query), ...requirementFiltersSql(actor, params, now)];
}
