"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { dismissRecommendation } from "@/lib/domain/matching/dismiss-recommendation";
import { dismissalSchema } from "@/lib/domain/matching/matching.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function dismissRecommendationAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, dismissalSchema, async (input) => {
    await dismissRecommendation(await currentActor(), input);
    revalidatePath("/workspace");
  });
}
