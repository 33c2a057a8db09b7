import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { getViewer } from "@/lib/domain/accounts/get-viewer";
import { newRequirementHref } from "@/components/dashboard/dashboard-href";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { AsideCard, EditorLayout } from "@/components/requirements/editor/editor-layout";
import { newRequirementValues } from "@/components/requirements/editor/new-requirement-values";
import { RequirementEditor } from "@/components/requirements/editor/requirement-editor";
import { memberOfKind } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authoring.editor");
  return { title: t("newTitle") };
}

/** A new requirement: saving it creates the draft and opens it in the editor. */
export default async function NewRequirementPage() {
  const actor = await requireSignedInPage(newRequirementHref);
  if (!memberOfKind.can(actor, "ENTERPRISE"))
    return <OrganizationKindNotice actor={actor} requires="ENTERPRISE" />;
  const [t, viewer] = await Promise.all([getTranslations("authoring"), getViewer(actor)]);
  const criteria = {
    technical: t("criteria.suggested.technical"),
    delivery: t("criteria.suggested.delivery"),
    price: t("criteria.suggested.price"),
  };
  return (
    <EditorLayout
      heading={
        <>
          <h1 className="text-2xl font-bold text-slate-900">{t("editor.newTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("editor.newIntro")}</p>
        </>
      }
      aside={
        <AsideCard title={t("submit.title")}>
          <p className="text-sm text-slate-600">{t("editor.attachmentsAfterSave")}</p>
        </AsideCard>
      }
    >
      <RequirementEditor values={newRequirementValues(viewer, criteria)} />
    </EditorLayout>
  );
}
