import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { TagList } from "@/components/requirements/tag-list";
import { Panel } from "@/components/ui/panel";
import { FactList } from "./fact-list";

type Translate = Awaited<ReturnType<typeof getTranslations<"requirement">>>;

/** Who may submit: verified vendors only, holders of the named certifications, or any vendor. */
function eligibility(r: RequirementDetail, t: Translate): string {
  const rules = [
    ...(r.requiresVerifiedVendor ? [t("verifiedVendorsOnly")] : []),
    ...(r.requiredCertifications.length > 0
      ? [t("certificationsRequired", { names: r.requiredCertifications.join("、") })]
      : []),
  ];
  return rules.length > 0 ? rules.join("；") : t("anyVendor");
}

/** What the solution must meet: the AI capabilities, where it runs, the domestic stack, who may bid. */
export async function TechnicalPanel({ requirement: r }: { requirement: RequirementDetail }) {
  const [t, tMode] = await Promise.all([
    getTranslations("requirement"),
    getTranslations("deploymentMode"),
  ]);
  return (
    <Panel id="technical" title={t("technical")}>
      <FactList
        facts={[
          [t("capabilities"), <TagList key="c" slugs={r.capabilities} label={t("capabilities")} />],
          [t("deploymentMode"), r.deploymentMode ? tMode(r.deploymentMode) : "—"],
          [
            t("domesticStack"),
            r.domesticStackRequired ? t("domesticStackYes") : t("domesticStackNo"),
          ],
          [t("eligibility"), eligibility(r, t)],
        ]}
      />
    </Panel>
  );
}
