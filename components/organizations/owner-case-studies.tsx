import { getTranslations } from "next-intl/server";
import { removeCaseStudyAction } from "@/app/organization/actions";
import type { OrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { ConfirmAction } from "@/components/members/confirm-action";
import { Panel } from "@/components/ui/panel";
import { CaseStudyCard } from "./case-study-card";
import { CaseStudyForm } from "./case-study-form";

/** The owner's case studies: each with an edit disclosure and a remove button, then an add form. */
export async function OwnerCaseStudies({ profile }: { profile: OrganizationProfile }) {
  const t = await getTranslations("profile");
  return (
    <Panel id="cases" title={t("sectionCases")}>
      <p className="mb-4 text-sm text-slate-600">{t("casesIntro")}</p>
      {profile.caseStudies.length === 0 ? (
        <p className="mb-4 text-sm text-slate-500">{t("noCases")}</p>
      ) : (
        <ul className="mb-6 space-y-3">
          {profile.caseStudies.map((c) => (
            <li key={c.id}>
              <CaseStudyCard caseStudy={c}>
                <div className="mt-4 flex flex-wrap items-start justify-between gap-3 border-t border-slate-100 pt-3">
                  <details className="group min-w-0 flex-1">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
                      {t("editCase")}
                    </summary>
                    <div className="mt-4">
                      <CaseStudyForm caseStudy={{ ...c, clientName: c.clientName ?? "" }} />
                    </div>
                  </details>
                  <ConfirmAction
                    triggerLabel={t("remove")}
                    title={t("removeCaseTitle")}
                    description={t("removeCaseText", { title: c.title })}
                    confirmLabel={t("remove")}
                    action={removeCaseStudyAction}
                    hidden={{ id: c.id }}
                  />
                </div>
              </CaseStudyCard>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-case" className="rounded-md bg-slate-50 p-4">
        <h3 id="add-case" className="mb-3 font-medium">
          {t("addCaseTitle")}
        </h3>
        <CaseStudyForm />
      </section>
    </Panel>
  );
}
