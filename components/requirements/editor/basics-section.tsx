"use client";

import {
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
} from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { translatedName } from "@/components/i18n/translated-name";
import { REQUIREMENT_LIMITS } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import { FEATURES } from "@/lib/features";
import type { Locale } from "@/lib/i18n/config";
import { industryTags, regions, tagLabel } from "@/lib/taxonomy";
import { Field, FieldErrors } from "@/components/forms/field";
import { Panel } from "@/components/ui/panel";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { EditorFields } from "./editor-types";
import { useFieldText } from "./use-field-text";

const VISIBILITIES = ["PUBLIC", "INVITED"] as const;

/**
 * Who may see the requirement. Until vendors can be invited, every new requirement is public and
 * the choice is not offered; a draft that is invited-only already keeps both options.
 */
function VisibilityField({ field }: { field: EditorFields["visibility"] }) {
  const t = useTranslations("authoring");
  const text = useFieldText();
  if (!FEATURES.invitedVisibility && field.initialValue !== "INVITED") {
    return (
      <div>
        <input {...getInputProps(field, { type: "hidden" })} />
        <p className="text-sm font-medium text-slate-700">{text.label("visibility")}</p>
        <p className="mt-1 text-sm text-slate-600">
          <span className="font-medium text-slate-900">{t("visibility.PUBLIC.label")}</span>
          {" · "}
          {t("visibility.PUBLIC.hint")}
        </p>
      </div>
    );
  }
  return (
    <fieldset aria-describedby={field.errors ? field.errorId : undefined}>
      <legend className="text-sm font-medium text-slate-700">{text.label("visibility")}</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {getCollectionProps(field, { type: "radio", options: [...VISIBILITIES] }).map(
          ({ key, ...radio }) => (
            <label
              key={key}
              className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600"
            >
              <input {...radio} className="mt-1 accent-brand-600" />
              <span>
                <span className="block text-sm font-medium text-slate-900">
                  {t(`visibility.${radio.value}.label`)}
                </span>
                <span className="mt-0.5 block text-xs text-slate-600">
                  {t(`visibility.${radio.value}.hint`)}
                </span>
              </span>
            </label>
          ),
        )}
      </div>
      <FieldErrors field={field} />
    </fieldset>
  );
}

/** Title, summary, industry, region and who may see the requirement. */
export function BasicsSection({ fields }: { fields: EditorFields }) {
  const t = useTranslations("authoring");
  const regionName = useTranslations("region");
  const locale = useLocale() as Locale;
  const text = useFieldText();
  return (
    <Panel id="basics" title={t("sections.basics")}>
      <div className="space-y-5">
        <Field
          field={fields.title}
          label={text.label("title")}
          hint={text.hint("title", { max: REQUIREMENT_LIMITS.title })}
        >
          <Input
            {...getInputProps(fields.title, { type: "text" })}
            maxLength={REQUIREMENT_LIMITS.title}
          />
        </Field>
        <Field
          field={fields.summary}
          label={text.label("summary")}
          hint={text.hint("summary", { max: REQUIREMENT_LIMITS.summary })}
        >
          <Textarea
            {...getTextareaProps(fields.summary)}
            rows={3}
            maxLength={REQUIREMENT_LIMITS.summary}
          />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field field={fields.industry} label={text.label("industry")}>
            <Select {...getSelectProps(fields.industry)}>
              <option value="">{t("fields.industry.placeholder")}</option>
              {industryTags.map((tag) => (
                <option key={tag.slug} value={tag.slug}>
                  {tagLabel(tag.slug, locale)}
                </option>
              ))}
            </Select>
          </Field>
          <Field field={fields.region} label={text.label("region", { optional: true })}>
            <Select {...getSelectProps(fields.region)}>
              <option value="">{t("fields.region.placeholder")}</option>
              {regions.map((region) => (
                <option key={region} value={region}>
                  {translatedName(regionName, region)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <VisibilityField field={fields.visibility} />
      </div>
    </Panel>
  );
}
