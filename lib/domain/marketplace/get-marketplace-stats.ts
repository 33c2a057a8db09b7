import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { databaseNow, openForProposalsWhere } from "@/lib/domain/requirements/open-for-proposals";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";

/** Headline figures for the home page; open requirements are counted as the actor sees them. */
export async function getMarketplaceStats(actor: Actor) {
  const now = await databaseNow();
  const [openRequirements, enterprises, vendors] = await Promise.all([
    db.requirement.count({
      where: { AND: [visibleRequirementsWhere(actor), openForProposalsWhere(now)] },
    }),
    db.organization.count({ where: { kind: "ENTERPRISE" } }),
    db.organization.count({ where: { kind: "VENDOR" } }),
  ]);
  return { openRequirements, enterprises, vendors };
}
