import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { admin, requireEnterpriseMember } from "@/lib/auth/guards";
import { countTerms } from "@/lib/matching/text-vectors";
import { indexTokens } from "@/lib/search/segmenter";
import { parseInput } from "@/lib/validation/parse-input";
import { similarToDraftSchema } from "./matching.schema";
import { similarRequirements } from "./similar-requirements";

/**
 * While an enterprise drafts a requirement: the most similar requirements of other enterprises,
 * from the draft's text, tags and industry. For enterprise members and admins.
 */
export async function findSimilarToDraft(
  actor: Actor,
  input: { text?: string; tags?: string[]; industry?: string; limit?: number; locale?: string },
) {
  const { text, tags, industry, limit, locale } = parseInput(similarToDraftSchema, input);
  const ownOrgId = admin.can(actor) ? null : requireEnterpriseMember(actor).orgId;
  return similarRequirements(
    actor,
    { industry: industry ?? null, capabilities: tags, terms: countTerms(indexTokens(text)) },
    { ownOrgId, limit, locale },
  );
}
