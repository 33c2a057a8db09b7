"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import {
  addProposalAttachmentAction,
  removeProposalAttachmentAction,
} from "@/app/requirements/[id]/proposal/actions";
import { PROPOSAL_ATTACHMENT_ACCEPT } from "@/lib/domain/proposals/proposal.schema";
import { Button } from "@/components/ui/button";
import { describedControl, Field, fieldIds } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "@/components/forms/form-alert";
import { useErrorText } from "@/components/forms/use-error-text";
import { Panel } from "@/components/ui/panel";

export interface DraftAttachment {
  id: string;
  name: string;
  href: string;
}

const fileIds = fieldIds("proposal-file");

/** The draft's files: each downloadable and removable, and a form to upload one more. */
export function ProposalAttachments({
  requirementId,
  attachments,
}: {
  requirementId: string;
  attachments: DraftAttachment[];
}) {
  const t = useTranslations("proposals");
  const errorText = useErrorText();
  const [result, action, pending] = useActionState(addProposalAttachmentAction, undefined);
  const fileErrors = result?.error?.file ?? [];
  const fileError = fileErrors.length > 0 ? fileErrors.map(errorText).join(" ") : undefined;
  return (
    <Panel id="proposal-attachments" title={t("attachments")}>
      <p className="text-sm text-slate-600">{t("attachHint")}</p>
      {attachments.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("noAttachments")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 rounded-md border border-slate-200">
          {attachments.map((a) => (
            <li key={a.id} className="flex items-center gap-3 px-3 py-2 text-sm">
              <a
                href={a.href}
                className="min-w-0 flex-1 truncate text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                {a.name}
              </a>
              <RemoveButton requirementId={requirementId} attachment={a} />
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="mt-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="requirementId" value={requirementId} />
        <div className="min-w-0 flex-1">
          <Field ids={fileIds} label={t("file")} error={fileError}>
            <Input
              {...describedControl(fileIds, { error: fileError })}
              name="file"
              type="file"
              required
              accept={PROPOSAL_ATTACHMENT_ACCEPT}
              className="text-sm"
            />
          </Field>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("attaching") : t("attach")}
        </Button>
      </form>
      <FormAlert errors={result?.error?.[""] ?? undefined} />
    </Panel>
  );
}

function RemoveButton({
  requirementId,
  attachment,
}: {
  requirementId: string;
  attachment: DraftAttachment;
}) {
  const t = useTranslations("proposals");
  const [result, action, pending] = useActionState(removeProposalAttachmentAction, undefined);
  return (
    <form action={action} className="shrink-0">
      <input type="hidden" name="requirementId" value={requirementId} />
      <input type="hidden" name="attachmentId" value={attachment.id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${t("remove")} ${attachment.name}`}
        className="rounded px-2 py-1 text-rose-700 hover:bg-rose-50 disabled:opacity-60"
      >
        {t("remove")}
      </button>
      <FormAlert errors={result?.error?.[""] ?? undefined} />
    </form>
  );
}
