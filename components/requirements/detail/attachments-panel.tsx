import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { FileFacts } from "@/components/admin/file-facts";
import { Panel } from "@/components/ui/panel";
import { SignInPrompt } from "./sign-in-prompt";

/**
 * The attachments for signed-in readers (`attachments` is null for visitors, who are asked to
 * sign in instead).
 */
export async function AttachmentsPanel({
  requirementId,
  attachments,
}: {
  requirementId: string;
  attachments: RequirementDetail["attachments"];
}) {
  const t = await getTranslations("requirement");
  return (
    <Panel id="attachments" title={t("attachments")}>
      {attachments === null ? (
        <SignInPrompt requirementId={requirementId} text={t("signInForAttachments")} />
      ) : attachments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("attachmentsEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {attachments.map((file) => (
            <li
              key={file.id}
              className="flex flex-wrap items-baseline justify-between gap-x-3 py-2"
            >
              <a
                href={file.href}
                download
                className="min-w-0 font-medium break-all text-brand-700 underline-offset-2 hover:underline"
              >
                {file.originalName}
              </a>
              <span className="text-slate-500">
                <FileFacts contentType={file.contentType} sizeBytes={file.sizeBytes} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
