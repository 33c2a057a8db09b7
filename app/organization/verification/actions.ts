"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { requestVerification } from "@/lib/domain/verification/request-verification";
import { requestVerificationSchema } from "@/lib/domain/verification/request-verification.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function requestVerificationAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, requestVerificationSchema, async (input) => {
    const actor = await currentActor();
    const orgId = actor.kind === "user" ? (actor.orgId ?? "") : "";
    await requestVerification(actor, { ...input, orgId });
    revalidatePath("/organization/verification");
  });
}
