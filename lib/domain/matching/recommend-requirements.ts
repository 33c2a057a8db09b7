import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import {
  databaseNow,
  isOpenForProposals,
  openForProposalsWhere,
} from "@/lib/domain/requirements/open-for-proposals";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import { formatReasons } from "@/lib/matching/format-reasons";
import { rankRequirementsFor } from "@/lib/matching/rank-requirements";
import { parseInput } from "@/lib/validation/parse-input";
import { dismissedRequirementIds } from "./dismissals";
import { loadRequirements, requirementsWithIds } from "./load-requirements";
import { loadVendors } from "./load-vendors";
import { seeMatchesOf } from "./matching-permissions";
import { recommendRequirementsSchema, type RecommendRequirementsInput } from "./matching.schema";
import { requirementCorpus } from "./requirement-corpus";

/** The vendor as a member would act, so that the feed shows exactly what its members may see. */
export const asVendor = (orgId: string): Actor => ({
  kind: "user",
  userId: "",
  isAdmin: false,
  orgId,
  orgKind: "VENDOR",
  orgRole: "MEMBER",
});

async function findVendor(ref: { vendorId: string } | { vendorKey: string }) {
  const where = "vendorId" in ref ? { id: ref.vendorId } : { key: ref.vendorKey };
  const found = await db.organization.findFirst({
    where: { ...where, kind: "VENDOR" },
    select: { id: true },
  });
  const [vendor] = found ? await loadVendors([found.id]) : [];
  if (!vendor) throw notFound("Vendor");
  return vendor;
}

/** Ids of open requirements the vendor may see beyond the public ones (invitations). */
async function privatelyVisibleIds(
  vendorOrgId: string,
  now: Awaited<ReturnType<typeof databaseNow>>,
) {
  // Where a vendor may see beyond the public listing: its own and its invitations' requirements,
  // found by index first (one query with both conditions scans every open requirement).
  const [own, invitations] = await Promise.all([
    db.requirement.findMany({ where: { orgId: vendorOrgId }, select: { id: true } }),
    db.bidInvitation.findMany({ where: { vendorOrgId }, select: { requirementId: true } }),
  ]);
  const candidates = [...own.map((r) => r.id), ...invitations.map((i) => i.requirementId)];
  if (candidates.length === 0) return new Set<string>();
  const rows = await db.requirement.findMany({
    where: {
      AND: [
        { id: { in: candidates } },
        visibleRequirementsWhere(asVendor(vendorOrgId)),
        openForProposalsWhere(now),
        { NOT: visibleRequirementsWhere({ kind: "visitor" }) },
      ],
    },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * 为您推荐: open requirements the vendor may see, best fit first, each with the reasons that make
 * up its score. Those it dismissed are left out and those like them lowered. For the vendor's
 * members, admins and the operators' CLI.
 */
export async function recommendRequirements(actor: Actor, input: RecommendRequirementsInput) {
  const { limit, locale, ...ref } = parseInput(recommendRequirementsSchema, input);
  const vendor = await findVendor(ref);
  seeMatchesOf.require(actor, vendor.facts.id);
  const [corpus, now, dismissedIds] = await Promise.all([
    requirementCorpus(),
    databaseNow(),
    dismissedRequirementIds(vendor.facts.id),
  ]);
  const [invited, dismissed] = await Promise.all([
    privatelyVisibleIds(vendor.facts.id, now),
    dismissedIds.length ? loadRequirements(requirementsWithIds(dismissedIds)) : [],
  ]);
  const hidden = new Set(dismissedIds);
  const ranked = rankRequirementsFor(vendor, corpus, {
    eligible: (r) =>
      !hidden.has(r.facts.id) &&
      (corpus.visibleToAll.has(r.facts.id) || invited.has(r.facts.id)) &&
      isOpenForProposals(r, now),
    dismissed,
    limit,
  });
  return {
    vendor: { id: vendor.facts.id, key: vendor.key, name: vendor.name },
    items: ranked.map(({ requirement, score, contributions }) => ({
      requirement: {
        id: requirement.facts.id,
        key: requirement.key,
        title: requirement.title,
        industry: requirement.facts.industry,
        region: requirement.facts.region,
        deadline: requirement.deadline,
      },
      score,
      contributions,
      reasons: formatReasons(contributions, locale),
    })),
  };
}
