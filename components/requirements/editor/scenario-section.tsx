"use client";

import { useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import type { EditorFields } from "./editor-types";
import { MarkdownField } from "./markdown-field";

const SCENARIO_FIELDS = [
  "description",
  "background",
  "objectives",
  "deliverables",
  "dataAvailable",
] as const;

/** The scenario in the enterprise's words: long Markdown texts. */
export function ScenarioSection({ fields }: { fields: EditorFields }) {
  const t = useTranslations("authoring");
  return (
    <Panel id="scenario" title={t("sections.scenario")}>
      <div className="space-y-5">
        {SCENARIO_FIELDS.map((name) => (
          <MarkdownField
            key={name}
            field={fields[name]}
            name={name}
            rows={name === "description" ? 8 : 5}
          />
        ))}
      </div>
    </Panel>
  );
}
