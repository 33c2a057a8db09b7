import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import { formatReasons } from "@/lib/matching/format-reasons";
import { rankVendorsFor } from "@/lib/matching/rank-vendors";
import { parseInput } from "@/lib/validation/parse-input";
import { findVisibleRequirement } from "./find-requirement";
import { seeMatchesOf } from "./matching-permissions";
import { matchVendorsSchema, type MatchVendorsInput } from "./matching.schema";
import type { MatchableVendor } from "./load-vendors";
import { vendorCorpus } from "./vendor-corpus";

type RankedVendor = ReturnType<typeof rankVendorsFor<MatchableVendor>>[number];

function vendorItem({ vendor, score, contributions }: RankedVendor, locale: Locale) {
  return {
    vendor: {
      id: vendor.facts.id,
      key: vendor.key,
      name: vendor.name,
      nameEn: vendor.nameEn,
      region: vendor.facts.region,
      verified: vendor.facts.verified,
    },
    score,
    contributions,
    reasons: formatReasons(contributions, locale),
  };
}

/**
 * 推荐供应商: the vendors that best fit a requirement, best first, each with the reasons that
 * make up its score. For the members of the requirement's enterprise and admins.
 */
export async function matchVendors(actor: Actor, input: MatchVendorsInput) {
  const { limit, locale, ...ref } = parseInput(matchVendorsSchema, input);
  const requirement = await findVisibleRequirement(actor, ref);
  seeMatchesOf.require(actor, requirement.facts.orgId);
  const ranked = rankVendorsFor(requirement, await vendorCorpus(), limit);
  return {
    requirement: { id: requirement.facts.id, key: requirement.key, title: requirement.title },
    items: ranked.filter((match) => match.score > 0).map((match) => vendorItem(match, locale)),
  };
}
