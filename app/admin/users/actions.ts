"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { reactivateUser } from "@/lib/domain/admin/reactivate-user";
import { suspendUser } from "@/lib/domain/admin/suspend-user";
import { userStatusChangeSchema } from "@/lib/domain/admin/user-status-change.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

type Previous = FormResult | undefined;

export async function suspendUserAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, userStatusChangeSchema, async (input) => {
    await suspendUser(await currentActor(), input);
    revalidatePath("/admin/users");
  });
}

export async function reactivateUserAction(_previous: Previous, formData: FormData) {
  return handleForm(formData, userStatusChangeSchema, async (input) => {
    await reactivateUser(await currentActor(), input);
    revalidatePath("/admin/users");
  });
}
