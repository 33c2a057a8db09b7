import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { DbNow } from "../open-for-proposals";
import { requirementSearchQuery } from "./project-number-search";
import { requirementSearchSql } from "./requirement-filters-sql";
import { REQUIREMENTS } from "./search-requirements";
import type { RequirementSearchParams } from "./search-requirements.schema";

/**
 * Whether `searchRequirements(actor, params)` would list the requirement: the search's own
 * conditions (words, visibility, state, filters) on that one row. For saved-search alerts.
 */
export async function requirementMatchesSearch(
  actor: Actor,
  params: Omit<RequirementSearchParams, "cursor" | "limit">,
  requirementId: string,
  now: DbNow,
): Promise<boolean> {
  const conditions = [
    Prisma.sql`r."id" = ${requirementId}`,
    ...requirementSearchSql(actor, { ...params, limit: 1 }, requirementSearchQuery(params.q), now),
  ];
  const rows = await db.$queryRaw<unknown[]>`
    SELECT 1 FROM ${REQUIREMENTS} WHERE ${Prisma.join(conditions, " AND ")} LIMIT 1`;
  return rows.length > 0;
}
