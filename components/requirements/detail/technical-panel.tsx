import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { TagList } from "@/components/requirements/tag-list";
import { Panel } from "@/components/ui/panel";
import { FactList } from "./fact-list";

/** What the solution must meet: the AI capabilities, where it runs, the domestic stack. */
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
        ]}
      />
    </Panel>
  );
}
