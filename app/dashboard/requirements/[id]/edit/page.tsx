import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { UserActor } from "@/lib/auth/guards";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { DomainError } from "@/lib/domain/errors";
import { getRequirementForEdit } from "@/lib/domain/requirements/authoring/get-requirement-for-edit";
import { requirementFormValues } from "@/lib/domain/requirements/authoring/requirement-form-values";
import { editorHref } from "@/components/dashboard/dashboard-href";
import { markerParam, readUrlParam } from "@/lib/http/url-params";
import { SuccessNotice } from "@/components/dashboard/success-notice";
import { AttachmentsPanel } from "@/components/requirements/editor/attachments-panel";
import { DraftStatusCard } from "@/components/requirements/editor/draft-status-card";
import { EditorDirtyProvider } from "@/components/requirements/editor/editor-dirty";
import { EditorLayout } from "@/components/requirements/editor/editor-layout";
import {
  ReadOnlyNotice,
  StatusReasonNotice,
} from "@/components/requirements/editor/editor-notices";
import { RequirementEditor } from "@/components/requirements/editor/requirement-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authoring.editor");
  return { title: t("editTitle") };
}

/** Requirements of other organizations (and vendors' attempts) do not exist here. */
async function loadForEdit(actor: UserActor, requirementId: string) {
  try {
    return await getRequirementForEdit(actor, { requirementId });
  } catch (error) {
    if (error instanceof DomainError && ["NOT_FOUND", "FORBIDDEN"].includes(error.code)) {
      notFound();
    }
    throw error;
  }
}

/** A draft in the editor, with its attachments and the way to submit it for review. */
export default async function EditRequirementPage({
  params,
  searchParams,
}: PageProps<"/dashboard/requirements/[id]/edit">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requireSignedInPage(editorHref(id));
  const requirement = await loadForEdit(actor, id);
  if (!requirement.editable) return <ReadOnlyNotice requirement={requirement} />;
  const t = await getTranslations("authoring");
  return (
    <EditorDirtyProvider>
      <EditorLayout
        heading={
          <>
            <h1 className="text-2xl font-bold text-slate-900">{t("editor.editTitle")}</h1>
            <p className="mt-1 text-slate-600">{requirement.title}</p>
          </>
        }
        notices={
          <>
            {readUrlParam(markerParam(), query.created) && (
              <SuccessNotice>{t("editor.created")}</SuccessNotice>
            )}
            {requirement.statusReason && <StatusReasonNotice reason={requirement.statusReason} />}
          </>
        }
        aside={<DraftStatusCard requirement={requirement} />}
      >
        <RequirementEditor
          requirement={{ id: requirement.id, version: requirement.version }}
          values={requirementFormValues(requirement)}
        />
        <AttachmentsPanel requirementId={requirement.id} attachments={requirement.attachments} />
      </EditorLayout>
    </EditorDirtyProvider>
  );
}
