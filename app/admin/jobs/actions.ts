"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { retryJob } from "@/lib/domain/admin/job-queue";
import { retryJobSchema } from "@/lib/domain/admin/job-queue.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function retryJobAction(_previous: FormResult | undefined, formData: FormData) {
  return handleForm(formData, retryJobSchema, async (input) => {
    await retryJob(await currentActor(), input);
    revalidatePath("/admin/jobs");
  });
}
