import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  openForProposalsWhere,
  visibleRequirementsWhere,
} from "@/lib/domain/requirements/visibility";

/** Headline figures for the home page; open requirements are counted as the actor sees them. */
export async function getMarketplaceStats(actor: Actor) {
  const [openRequirements, enterprises, vendors] = await Promise.all([
    db.requirement.count({
      where: { AND: [visibleRequirementsWhere(actor), openForProposalsWhere()] },
    }),
    db.organization.count({ where: { kind: "ENTERPRISE" } }),
    db.organization.count({ where: { kind: "VENDOR" } }),
  ]);
  return { openRequirements, enterprises, vendors };
}
