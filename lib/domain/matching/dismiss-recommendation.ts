import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { vendorAndVisibleRequirement } from "./dismissals";
import { dismissalSchema } from "./matching.schema";

/** 不感兴趣: the vendor's feed no longer shows the requirement, and ranks ones like it lower. */
export async function dismissRecommendation(actor: Actor, input: { requirementId: string }) {
  const { requirementId } = parseInput(dismissalSchema, input);
  const key = await vendorAndVisibleRequirement(actor, requirementId);
  await db.feedDismissal.upsert({
    where: { vendorOrgId_requirementId: key },
    create: key,
    update: {},
  });
}
