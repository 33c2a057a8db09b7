"use client";

import { getInputProps, getSelectProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { DeploymentMode } from "@/lib/generated/prisma/enums";
import { REQUIREMENT_LIMITS } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import { capabilityTags } from "@/lib/taxonomy";
import { Field, FieldErrors } from "@/components/forms/field";
import { groupCapabilities } from "@/components/organizations/capability-groups";
import { TagCheckboxGroup } from "@/components/organizations/tag-checkbox-group";
import { Panel } from "@/components/ui/panel";
import { Select } from "@/components/ui/input";
import type { EditorFields } from "./editor-types";
import { useFieldText } from "./use-field-text";

const capabilityGroups = groupCapabilities(capabilityTags);
const checkboxOrder = capabilityGroups.flatMap((group) => group.tags.map((tag) => tag.slug));

/** Capabilities in the order the form posts them, so that unchanged ones compare equal. */
export function inCheckboxOrder(slugs: string[]): string[] {
  const rank = (slug: string) => {
    const index = checkboxOrder.indexOf(slug);
    return index === -1 ? checkboxOrder.length : index;
  };
  return slugs.toSorted((a, b) => rank(a) - rank(b));
}

/** The AI capabilities needed, where the solution runs, and the domestic-stack requirement. */
export function TechnicalSection({ fields }: { fields: EditorFields }) {
  const t = useTranslations("authoring");
  const tMode = useTranslations("deploymentMode");
  const text = useFieldText();
  const stack = fields.domesticStackRequired;
  return (
    <Panel id="technical" title={t("sections.technical")}>
      <div className="space-y-5">
        <TagCheckboxGroup
          field={fields.capabilities}
          legend={text.label("capabilities")}
          hint={text.hint("capabilities", REQUIREMENT_LIMITS.capabilities)}
          groups={capabilityGroups}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            field={fields.deploymentMode}
            label={text.label("deploymentMode", { optional: true })}
            hint={text.hint("deploymentMode")}
          >
            <Select {...getSelectProps(fields.deploymentMode)}>
              <option value="">{t("fields.deploymentMode.placeholder")}</option>
              {Object.values(DeploymentMode).map((mode) => (
                <option key={mode} value={mode}>
                  {tMode(mode)}
                </option>
              ))}
            </Select>
          </Field>
          <div className="sm:pt-6">
            <label className="flex gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50">
              <input
                {...getInputProps(stack, { type: "checkbox" })}
                className="mt-1 accent-brand-600"
              />
              <span>
                <span className="block text-sm font-medium text-slate-900">
                  {text.label("domesticStackRequired")}
                </span>
                <span className="mt-0.5 block text-xs text-slate-600">
                  {text.hint("domesticStackRequired")}
                </span>
              </span>
            </label>
            <FieldErrors field={stack} />
          </div>
        </div>
      </div>
    </Panel>
  );
}
