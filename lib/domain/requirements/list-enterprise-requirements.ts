import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import {
  databaseNow,
  effectiveStatus,
  openForProposalsWhere,
  type DbNow,
} from "./open-for-proposals";
import { requirementSummarySelect, type RequirementSummary } from "./requirement-summary";
import { LISTED_STATUSES, visibleRequirementsWhere } from "./visibility";

const listEnterpriseRequirementsSchema = z.object({ orgId: z.string().min(1).max(100) });

/** How many of each list an enterprise's page shows; `count` says how many there are. */
export const ENTERPRISE_LIST_SHOWN = 30;

export interface ShownRequirements {
  items: RequirementSummary[];
  count: number;
}

export interface EnterpriseRequirements {
  /** Open for proposals, the soonest deadline first. */
  open: ShownRequirements;
  /** Closed, awarded, contracted, completed or unsuccessful: the newest first. */
  past: ShownRequirements;
}

async function shown(
  where: Prisma.RequirementWhereInput,
  orderBy: Prisma.RequirementOrderByWithRelationInput[],
  now: DbNow,
): Promise<ShownRequirements> {
  const [rows, count] = await Promise.all([
    db.requirement.findMany({
      where,
      orderBy,
      take: ENTERPRISE_LIST_SHOWN,
      select: requirementSummarySelect,
    }),
    db.requirement.count({ where }),
  ]);
  return { items: rows.map((row) => ({ ...row, status: effectiveStatus(row, now) })), count };
}

/**
 * The requirements an enterprise published that the actor may see (visibility.ts) and that are on
 * the market or kept as its record (LISTED_STATUSES): drafts and withdrawn listings are not part
 * of its public page, even for its own members.
 */
export async function listEnterpriseRequirements(
  actor: Actor,
  input: z.input<typeof listEnterpriseRequirementsSchema>,
): Promise<EnterpriseRequirements> {
  const { orgId } = parseInput(listEnterpriseRequirementsSchema, input);
  const now = await databaseNow();
  const listed = {
    AND: [visibleRequirementsWhere(actor), { orgId, status: { in: LISTED_STATUSES } }],
  };
  const [open, past] = await Promise.all([
    shown(
      { AND: [listed, openForProposalsWhere(now)] },
      [{ deadline: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      now,
    ),
    shown(
      { AND: [listed, { NOT: openForProposalsWhere(now) }] },
      [{ publishedAt: "desc" }, { id: "desc" }],
      now,
    ),
  ]);
  return { open, past };
}
