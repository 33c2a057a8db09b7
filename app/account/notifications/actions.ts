"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { updateNotificationPreferencesSchema } from "@/lib/domain/notifications/notification-preferences.schema";
import { updateNotificationPreferences } from "@/lib/domain/notifications/update-notification-preferences";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function updateNotificationPreferencesAction(
  _previous: FormResult | undefined,
  formData: FormData,
) {
  return handleForm(formData, updateNotificationPreferencesSchema, async (input) => {
    await updateNotificationPreferences(await currentActor(), input);
    revalidatePath("/account/notifications");
  });
}
