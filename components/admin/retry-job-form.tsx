"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { retryJobAction } from "@/app/admin/jobs/actions";
import { retryJobSchema } from "@/lib/domain/admin/job-queue.schema";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";

/** Puts one failed job back in its queue. */
export function RetryJobForm({ queue, id }: { queue: string; id: string }) {
  const t = useTranslations("admin");
  const { form, action, pending } = useActionForm(retryJobAction, retryJobSchema);
  return (
    <form {...getFormProps(form)} action={action} className="space-y-2 text-right">
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="queue" value={queue} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={buttonClass("secondary")}>
        {pending ? t("working") : t("jobs.retry")}
      </button>
    </form>
  );
}
