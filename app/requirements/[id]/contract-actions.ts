"use server";

import { currentActor } from "@/lib/auth/current-actor";
import { recordCompletion } from "@/lib/domain/contracts/record-completion";
import { recordContractSigning } from "@/lib/domain/contracts/record-contract-signing";
import {
  recordCompletionSchema,
  recordSigningSchema,
} from "@/lib/domain/contracts/contract.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";
import { revalidateRequirement } from "./revalidate-requirement";

export async function recordSigningAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, recordSigningSchema, async (input) => {
    await recordContractSigning(await currentActor(), input);
    revalidateRequirement(input.requirementId);
  });
}

export async function recordCompletionAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, recordCompletionSchema, async (input) => {
    await recordCompletion(await currentActor(), input);
    revalidateRequirement(input.requirementId);
  });
}
