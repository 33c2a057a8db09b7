"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { approveRequirement } from "@/lib/domain/requirements/transitions/approve-requirement";
import { rejectRequirement } from "@/lib/domain/requirements/transitions/reject-requirement";
import { requestChanges } from "@/lib/domain/requirements/transitions/request-changes";
import {
  reasonedTransitionSchema,
  requirementTransitionSchema,
} from "@/lib/domain/requirements/transitions/transition.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import {
  requirementDoneHref,
  revalidateRequirement,
} from "@/app/requirements/[id]/revalidate-requirement";

// The decision forms sit in the queue and on the requirement's page; `back` says which one the
// admin returns to.
const back = { back: z.enum(["queue", "page"]).default("page") };

function returnAfter(decision: string, input: { requirementId: string; back: "queue" | "page" }) {
  revalidateRequirement(input.requirementId);
  redirect(
    input.back === "queue"
      ? `/admin/requirements?done=${decision}`
      : requirementDoneHref(input.requirementId, decision),
  );
}

export async function approveRequirementAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, requirementTransitionSchema.extend(back), async (input) => {
    await approveRequirement(await currentActor(), input);
    returnAfter("approve", input);
  });
}

export async function requestChangesAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, reasonedTransitionSchema.extend(back), async (input) => {
    await requestChanges(await currentActor(), input);
    returnAfter("requestChanges", input);
  });
}

export async function rejectRequirementAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, reasonedTransitionSchema.extend(back), async (input) => {
    await rejectRequirement(await currentActor(), input);
    returnAfter("reject", input);
  });
}
