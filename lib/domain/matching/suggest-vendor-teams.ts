import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { formatTeamMember } from "@/lib/matching/format-reasons";
import { scoreVendors } from "@/lib/matching/rank-vendors";
import { suggestTeams } from "@/lib/matching/teams";
import { parseInput } from "@/lib/validation/parse-input";
import { findVisibleRequirement } from "./find-requirement";
import { vendorCorpus } from "./vendor-corpus";
import { seeMatchesOf } from "./matching-permissions";
import { matchVendorsSchema, type MatchVendorsInput } from "./matching.schema";

/**
 * 联合体推荐: when no single vendor covers every capability the requirement asks for, up to three
 * teams of 2–3 complementary vendors that together do, best first, each saying which vendor
 * brings what. Empty when one vendor suffices. Same audience as matchVendors.
 */
export async function suggestVendorTeams(actor: Actor, input: MatchVendorsInput) {
  const { locale, ...ref } = parseInput(matchVendorsSchema, input);
  const requirement = await findVisibleRequirement(actor, ref);
  seeMatchesOf.require(actor, requirement.facts.orgId);
  const corpus = await vendorCorpus();
  const scores = scoreVendors(requirement, corpus);
  const byId = new Map(corpus.vendors.map((vendor) => [vendor.facts.id, vendor]));
  const teams = suggestTeams(
    requirement.facts.capabilities,
    corpus.vendors.map((vendor, i) => ({ vendor: vendor.facts, score: scores[i]! })),
  );
  return teams.map((team) => {
    const members = team.members.map(({ vendorId, brings }) => {
      const vendor = byId.get(vendorId)!;
      return { vendor: { id: vendorId, key: vendor.key, name: vendor.name }, brings };
    });
    return {
      score: team.score,
      members,
      reasons: members.map((m) => formatTeamMember(m.vendor.name, m.brings, locale)),
    };
  });
}
