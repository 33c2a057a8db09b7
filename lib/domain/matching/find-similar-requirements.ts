import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { findVisibleRequirement } from "./find-requirement";
import { similarRequirementsSchema } from "./matching.schema";
import { rankSimilarRequirements, showSimilarRequirements } from "./similar-requirements";
import { rememberedSimilarRanking } from "./similar-requirements-memo";

/**
 * On a requirement's page: the most similar requirements of other enterprises, with their state
 * (open, awarded to whom). Anyone who may see the requirement may ask; they see only what they
 * may see.
 */
export async function findSimilarRequirements(
  actor: Actor,
  input: { requirementId: string; limit?: number; locale?: string },
) {
  const { requirementId, limit, locale } = parseInput(similarRequirementsSchema, input);
  const requirement = await findVisibleRequirement(actor, { requirementId });
  const { facts, terms } = requirement;
  const probe = { industry: facts.industry, capabilities: [...facts.capabilities], terms };
  const written = { id: facts.id, updatedAt: requirement.updatedAt };
  const ranking = await rememberedSimilarRanking(actor, written, limit, () =>
    rankSimilarRequirements(actor, probe, { ownOrgId: facts.orgId, excludeId: facts.id, limit }),
  );
  return showSimilarRequirements(actor, ranking, { limit, locale });
}
