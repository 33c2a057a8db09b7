import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { moderateRequirement } from "./moderate-requirement";
import type { ReasonedTransitionInput } from "./transition.schema";

/** An admin refuses a requirement under review for good (REJECTED), with a reason. */
export function rejectRequirement(actor: Actor, input: ReasonedTransitionInput) {
  return moderateRequirement(actor, input, "reject");
}
