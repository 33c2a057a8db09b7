"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { removeAttachmentAction } from "@/app/dashboard/requirements/actions";
import { FormAlert } from "@/components/forms/form-alert";

/** Removes one attachment from the draft (a refusal shows beside the button). */
export function RemoveAttachmentButton({
  attachment,
}: {
  attachment: { id: string; originalName: string };
}) {
  const t = useTranslations("authoring");
  const [result, action, pending] = useActionState(removeAttachmentAction, undefined);
  return (
    <form action={action} className="shrink-0">
      <input type="hidden" name="attachmentId" value={attachment.id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t("attachments.remove", { name: attachment.originalName })}
        className="rounded px-2 py-1 text-rose-700 hover:bg-rose-50 disabled:opacity-60"
      >
        {pending ? t("attachments.removing") : t("actions.remove")}
      </button>
      <FormAlert errors={result?.error?.[""] ?? undefined} />
    </form>
  );
}
