import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { databaseNow } from "@/lib/domain/requirements/open-for-proposals";
import { privatelyVisibleOpenIds } from "@/lib/domain/requirements/privately-visible";
import { formatReasons } from "@/lib/matching/format-reasons";
import { rankRequirementsFor } from "@/lib/matching/rank-requirements";
import { parseInput } from "@/lib/validation/parse-input";
import { dismissedRequirementIds } from "./dismissals";
import { loadRequirements, requirementsWithIds } from "./load-requirements";
import { loadVendors } from "./load-vendors";
import { seeMatchesOf } from "./matching-permissions";
import { recommendRequirementsSchema, type RecommendRequirementsInput } from "./matching.schema";
import { rememberedFeed } from "./recommendation-memo";
import { openAndVisible, requirementCorpus } from "./requirement-corpus";

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

/**
 * 为您推荐: open requirements the vendor may see, best fit first, each with the reasons that make
 * up its score. Those it dismissed are left out and those like them lowered. For the vendor's
 * members, admins and the operators' CLI.
 */
export async function recommendRequirements(actor: Actor, input: RecommendRequirementsInput) {
  const { limit, locale, ...ref } = parseInput(recommendRequirementsSchema, input);
  const vendor = await findVendor(ref);
  seeMatchesOf.require(actor, vendor.facts.id);
  const [now, dismissedIds] = await Promise.all([
    databaseNow(),
    dismissedRequirementIds(vendor.facts.id),
  ]);
  const invited = await privatelyVisibleOpenIds(vendor.facts.id, now);
  const items = await rememberedFeed({ vendor, limit, invited, dismissedIds }, now, async () => {
    const [corpus, dismissed] = await Promise.all([
      requirementCorpus(),
      dismissedIds.length ? loadRequirements(requirementsWithIds(dismissedIds)) : [],
    ]);
    const ranked = rankRequirementsFor(vendor, corpus, {
      eligible: openAndVisible(corpus, now, invited, new Set(dismissedIds)),
      dismissed,
      limit,
    });
    // Plain values: a kept feed holds no part of the corpus it was ranked from.
    return ranked.map(({ requirement, score, contributions }) => ({
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
    }));
  });
  return {
    vendor: { id: vendor.facts.id, key: vendor.key, name: vendor.name },
    items: items.map((item) => ({ ...item, reasons: formatReasons(item.contributions, locale) })),
  };
}
