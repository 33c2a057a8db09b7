import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadRequirements, requirementsWithIds } from "@/lib/domain/matching/load-requirements";
import { asVendor } from "@/lib/domain/requirements/privately-visible";
import { vendorCorpus } from "@/lib/domain/matching/vendor-corpus";
import {
  databaseNow,
  openForProposalsWhere,
  type DbNow,
} from "@/lib/domain/requirements/open-for-proposals";
import { requirementMatchesSearch } from "@/lib/domain/requirements/search/requirement-matches-search";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import { readSavedSearchState } from "@/lib/domain/saved-searches/saved-search-state";
import type { Contribution } from "@/lib/matching/contributions";
import { rankVendorsFor } from "@/lib/matching/rank-vendors";
import { notify } from "./notify";

/** A new requirement is recommended to at most this many vendors, the best fits… */
export const RECOMMEND_TOP_VENDORS = 10;
/** …that score at least this (of 1): a fair fit on capabilities and industry, not a stray word. */
export const RECOMMEND_MIN_SCORE = 0.35;

type Tx = Prisma.TransactionClient;

interface SavedSearchHit {
  userId: string;
  name: string;
  savedSearchId: string;
}

const vendorMember = (userId: string, orgId: string): Actor => ({
  kind: "user",
  userId,
  isAdmin: false,
  orgId,
  orgKind: "VENDOR",
  orgRole: "MEMBER",
});

/** Each user's first saved search with alerts on that lists the requirement (the search's own rules). */
async function savedSearchHits(requirementId: string, now: DbNow): Promise<SavedSearchHit[]> {
  const searches = await db.savedSearch.findMany({
    where: {
      alertsEnabled: true,
      user: { status: "ACTIVE", membership: { organization: { kind: "VENDOR" } } },
    },
    select: {
      id: true,
      userId: true,
      name: true,
      query: true,
      user: { select: { membership: true } },
    },
    orderBy: [{ userId: "asc" }, { createdAt: "asc" }],
  });
  const hits = new Map<string, SavedSearchHit>();
  for (const search of searches) {
    const state = readSavedSearchState(search.query);
    const orgId = search.user.membership?.orgId;
    if (!state || !orgId || hits.has(search.userId)) continue;
    if (
      await requirementMatchesSearch(vendorMember(search.userId, orgId), state, requirementId, now)
    ) {
      hits.set(search.userId, {
        userId: search.userId,
        name: search.name,
        savedSearchId: search.id,
      });
    }
  }
  return [...hits.values()];
}

async function canSee(vendorOrgId: string, requirementId: string): Promise<boolean> {
  const visible = await db.requirement.count({
    where: { AND: [{ id: requirementId }, visibleRequirementsWhere(asVendor(vendorOrgId))] },
  });
  return visible > 0;
}

/**
 * The vendors the requirement fits best (RECOMMEND_TOP_VENDORS with at least RECOMMEND_MIN_SCORE)
 * among those allowed to see it: an invited-only requirement goes to invited vendors alone.
 */
async function recommendedVendors(requirementId: string) {
  const [requirement] = await loadRequirements(requirementsWithIds([requirementId]));
  if (!requirement) return [];
  const ranked = rankVendorsFor(requirement, await vendorCorpus(), RECOMMEND_TOP_VENDORS).filter(
    (match) => match.score >= RECOMMEND_MIN_SCORE,
  );
  const fits: { vendorOrgId: string; contributions: Contribution[] }[] = [];
  for (const match of ranked) {
    if (await canSee(match.vendor.facts.id, requirementId)) {
      fits.push({ vendorOrgId: match.vendor.facts.id, contributions: match.contributions });
    }
  }
  return fits;
}

async function tellSavedSearchOwners(
  tx: Tx,
  requirementId: string,
  hits: SavedSearchHit[],
  now: DbNow,
) {
  const told: string[] = [];
  for (const hit of hits) {
    const users = await notify(tx, { type: "savedSearch.hits", requirementId, ...hit });
    if (users.length === 0) continue;
    told.push(...users);
    await tx.savedSearch.update({
      where: { id: hit.savedSearchId },
      data: { lastNotifiedAt: now },
    });
  }
  return told;
}

/**
 * Announces a newly published requirement (the job after approval): the owners of saved searches
 * with alerts on that list it, then the members of the vendors it fits best, with the reasons.
 * Each user hears of one requirement once, whichever way, however often this runs. A requirement
 * no longer open for proposals is announced to no one.
 */
export async function announceNewRequirement(
  requirementId: string,
): Promise<{ savedSearch: string[]; recommended: string[] }> {
  const now = await databaseNow();
  const open = await db.requirement.count({
    where: { AND: [{ id: requirementId }, openForProposalsWhere(now)] },
  });
  if (open === 0) return { savedSearch: [], recommended: [] };
  const [hits, vendors] = await Promise.all([
    savedSearchHits(requirementId, now),
    recommendedVendors(requirementId),
  ]);
  return db.$transaction(async (tx) => {
    const savedSearch = await tellSavedSearchOwners(tx, requirementId, hits, now);
    const recommended: string[] = [];
    for (const vendor of vendors) {
      recommended.push(
        ...(await notify(tx, { type: "requirement.recommended", requirementId, ...vendor })),
      );
    }
    return { savedSearch, recommended };
  });
}
