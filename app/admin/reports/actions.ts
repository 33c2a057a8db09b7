"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { resolveReport } from "@/lib/domain/requirements/reports/resolve-report";
import { resolveReportSchema } from "@/lib/domain/requirements/reports/resolve-report.schema";
import { handleForm, type FormResult } from "@/lib/forms/handle-form";

export async function resolveReportAction(
  _previous: FormResult | undefined,
  formData: FormData,
): Promise<FormResult> {
  return handleForm(formData, resolveReportSchema, async (input) => {
    await resolveReport(await currentActor(), input);
    revalidatePath("/admin/reports");
    redirect(`/admin/reports?done=${input.outcome}`);
  });
}
