"use client";

import { getFormProps, getInputProps } from "@conform-to/react";
import { useFormatter, useTranslations } from "next-intl";
import { addAttachmentAction } from "@/app/dashboard/requirements/actions";
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_LIMITS,
  addRequirementAttachmentSchema,
} from "@/lib/domain/requirements/attachments/requirement-attachment.schema";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { SavedNote } from "@/components/organizations/saved-note";
import { Panel } from "@/components/ui/panel";
import { Input } from "@/components/ui/input";
import { RemoveAttachmentButton } from "./remove-attachment-button";

export interface EditorAttachment {
  id: string;
  originalName: string;
  sizeBytes: number;
  href: string;
}

const KB = 1024;
const MB_LIMIT = ATTACHMENT_LIMITS.maxBytes / KB / KB;

/**
 * The draft's attachments: the list (download, remove) and a form of its own to upload one more.
 * Attachments are not form fields of the editor, so they never make it dirty.
 */
export function AttachmentsPanel({
  requirementId,
  attachments,
}: {
  requirementId: string;
  attachments: EditorAttachment[];
}) {
  const t = useTranslations("authoring");
  const format = useFormatter();
  const { form, fields, action, pending, lastResult } = useActionForm(
    addAttachmentAction,
    addRequirementAttachmentSchema,
  );
  const full = attachments.length >= ATTACHMENT_LIMITS.perRequirement;
  const size = (bytes: number) =>
    bytes < KB * KB
      ? `${format.number(Math.ceil(bytes / KB))} KB`
      : `${format.number(bytes / KB / KB, { maximumFractionDigits: 1 })} MB`;
  return (
    <Panel id="attachments" title={t("sections.attachments")}>
      <p className="text-sm text-slate-600">
        {t("fields.attachments.hint", { mb: MB_LIMIT, max: ATTACHMENT_LIMITS.perRequirement })}
      </p>
      {attachments.length === 0 ? (
        <p className="mt-4 rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-500">
          {t("attachments.empty")}
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-100 rounded-md border border-slate-200">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="flex items-center gap-3 px-3 py-2 text-sm">
              <a
                href={attachment.href}
                className="min-w-0 flex-1 truncate font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
                title={attachment.originalName}
              >
                {attachment.originalName}
              </a>
              <span className="shrink-0 tabular-nums text-slate-500">
                {size(attachment.sizeBytes)}
              </span>
              <RemoveAttachmentButton attachment={attachment} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-slate-500">
        {t("attachments.count", {
          count: attachments.length,
          max: ATTACHMENT_LIMITS.perRequirement,
        })}
      </p>
      {full ? (
        <p className="mt-4 text-sm text-amber-800">{t("attachments.full")}</p>
      ) : (
        <form
          {...getFormProps(form)}
          action={action}
          className="mt-4 space-y-3 border-t border-slate-100 pt-4"
        >
          <FormAlert id={form.errorId} errors={form.errors} />
          <input type="hidden" name="requirementId" value={requirementId} />
          <Field field={fields.file} label={t("attachments.file")}>
            <Input
              {...getInputProps(fields.file, { type: "file" })}
              accept={ATTACHMENT_ACCEPT}
              className="text-sm file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-700"
            />
          </Field>
          <div className="flex flex-wrap items-center gap-4">
            <div className="w-36">
              <SubmitButton pending={pending} pendingText={t("attachments.uploading")}>
                {t("attachments.upload")}
              </SubmitButton>
            </div>
            <SavedNote result={lastResult} text={t("attachments.uploaded")} />
          </div>
        </form>
      )}
    </Panel>
  );
}
