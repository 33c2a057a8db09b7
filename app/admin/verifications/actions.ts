"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { decideVerification } from "@/lib/domain/verification/decide-verification";
import { decideVerificationSchema } from "@/lib/domain/verification/decide-verification.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function decideVerificationAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, decideVerificationSchema, async (input) => {
    await decideVerification(await currentActor(), input);
    revalidatePath("/admin/verifications");
  });
}
