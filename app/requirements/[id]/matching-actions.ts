"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { inviteVendor } from "@/lib/domain/bid-invitations/invite-vendor";
import { inviteVendorSchema } from "@/lib/domain/bid-invitations/bid-invitation.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function inviteVendorAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, inviteVendorSchema, async (input) => {
    await inviteVendor(await currentActor(), input);
    revalidatePath(`/requirements/${input.requirementId}`);
  });
}
