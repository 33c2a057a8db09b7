import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { countOpenRequirements } from "@/lib/domain/requirements/count-open-requirements";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";

/** Headline figures for the home page; open requirements are counted as the actor sees them. */
export async function getMarketplaceStats(actor: Actor) {
  const now = await databaseNow();
  const [openRequirements, organizations] = await Promise.all([
    countOpenRequirements(actor, now),
    db.organization.groupBy({ by: ["kind"], _count: { _all: true } }),
  ]);
  const ofKind = (kind: string) =>
    organizations.find((group) => group.kind === kind)?._count._all ?? 0;
  return { openRequirements, enterprises: ofKind("ENTERPRISE"), vendors: ofKind("VENDOR") };
}
