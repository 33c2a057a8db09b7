import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { moderateRequirement } from "./moderate-requirement";
import type { ReasonedTransitionInput } from "./transition.schema";

/** An admin sends a requirement under review back to DRAFT with what the owner should change. */
export function requestChanges(actor: Actor, input: ReasonedTransitionInput) {
  return moderateRequirement(actor, input, "requestChanges");
}
