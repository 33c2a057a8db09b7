import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { TagList } from "@/components/requirements/tag-list";
import { Markdown } from "@/components/ui/markdown";
import { Panel } from "@/components/ui/panel";

/** The summary for everyone; the full description and qualifications for signed-in readers. */
export async function RequirementText({ requirement: r }: { requirement: RequirementDetail }) {
  const t = await getTranslations("requirement");
  return (
    <>
      <Panel id="summary" title={t("summary")}>
        <p className="leading-relaxed text-slate-800">{r.summary}</p>
        <div className="mt-4">
          <h3 className="mb-2 text-sm text-slate-500">{t("capabilities")}</h3>
          <TagList slugs={r.capabilities} label={t("capabilities")} />
        </div>
      </Panel>
      {r.fullText ? (
        <>
          <Panel id="details" title={t("description")}>
            <Markdown source={r.fullText.description} />
          </Panel>
          {r.fullText.qualifications && (
            <Panel id="qualifications" title={t("qualifications")}>
              <Markdown source={r.fullText.qualifications} />
            </Panel>
          )}
        </>
      ) : (
        <p className="rounded-lg border border-dashed border-brand-600/30 bg-brand-50 p-5 text-sm text-brand-900">
          {t("signInForDetails")}
        </p>
      )}
    </>
  );
}
