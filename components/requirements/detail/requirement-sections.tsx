import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { Markdown } from "@/components/ui/markdown";
import { Panel } from "@/components/ui/panel";
import { AttachmentsPanel } from "./attachments-panel";
import { AwardPanel } from "./award-panel";
import { ContactPanel } from "./contact-panel";
import { CriteriaPanel } from "./criteria-panel";
import type { SectionId } from "./detail-sections";
import { SchedulePanel } from "./schedule-panel";
import { SignInPrompt } from "./sign-in-prompt";
import { TechnicalPanel } from "./technical-panel";

/** The page's sections in the order `shownSections` chose. */
export async function RequirementSections({
  requirement: r,
  sections,
}: {
  requirement: RequirementDetail;
  sections: SectionId[];
}) {
  const t = await getTranslations("requirement");
  const markdown = (id: SectionId, source: string | null | undefined) => (
    <Panel key={id} id={id} title={t(id)}>
      <Markdown source={source ?? ""} />
    </Panel>
  );
  return sections.map((id) => {
    switch (id) {
      case "award":
        return r.award && <AwardPanel key={id} award={r.award} />;
      case "summary":
        return (
          <div key={id} className="space-y-6">
            <Panel id={id} title={t(id)}>
              <p className="leading-relaxed whitespace-pre-line text-slate-800">{r.summary}</p>
            </Panel>
            {/* Visitors read the overview; the full texts and files are for signed-in users. */}
            {r.fullText === null && (
              <SignInPrompt
                requirementId={r.id}
                text={t("signInForDetails")}
                className="rounded-lg border border-dashed border-brand-600/30 bg-brand-50 p-5 text-sm text-brand-900"
              />
            )}
          </div>
        );
      case "background":
      case "description":
      case "objectives":
      case "deliverables":
      case "dataAvailable":
      case "qualifications":
        return markdown(id, r.fullText?.[id]);
      case "technical":
        return <TechnicalPanel key={id} requirement={r} />;
      case "criteria":
        return <CriteriaPanel key={id} criteria={r.criteria} />;
      case "schedule":
        return <SchedulePanel key={id} requirement={r} />;
      case "attachments":
        return <AttachmentsPanel key={id} requirementId={r.id} attachments={r.attachments} />;
      case "contact":
        return <ContactPanel key={id} requirement={r} />;
    }
  });
}
