import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { vendorAndVisibleRequirement } from "./dismissals";
import { dismissalSchema } from "./matching.schema";

/** Takes back a 不感兴趣: the requirement returns to the vendor's feed. */
export async function restoreRecommendation(actor: Actor, input: { requirementId: string }) {
  const { requirementId } = parseInput(dismissalSchema, input);
  const key = await vendorAndVisibleRequirement(actor, requirementId);
  await db.feedDismissal.deleteMany({ where: key });
}
