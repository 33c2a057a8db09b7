import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { moderateRequirement } from "./moderate-requirement";
import type { ReasonedTransitionInput } from "./transition.schema";

/** An admin removes a published (or evaluating) requirement from the market, with a reason. */
export function takeDownRequirement(actor: Actor, input: ReasonedTransitionInput) {
  return moderateRequirement(actor, input, "takeDown");
}
