"use client";

import { getFormProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { addCaseStudyAction, updateCaseStudyAction } from "@/app/organization/actions";
import {
  caseStudySchema,
  currentYear,
  FIRST_CASE_YEAR,
  updateCaseStudySchema,
} from "@/lib/domain/organizations/case-study.schema";
import { capabilityTags, industryTags, tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input, Select, Textarea } from "@/components/ui/input";
import { groupCapabilities } from "./capability-groups";
import { SavedNote } from "./saved-note";
import { TagCheckboxGroup } from "./tag-checkbox-group";

export interface CaseStudyValues {
  id: string;
  title: string;
  industry: string;
  capabilities: string[];
  year: number;
  summary: string;
  clientName: string;
}

/** Adds a case study, or edits `caseStudy` when given. */
export function CaseStudyForm({ caseStudy }: { caseStudy?: CaseStudyValues }) {
  const t = useTranslations("profile");
  const locale = useLocale() as Locale;
  const { form, fields, action, pending, lastResult } = useActionForm(
    caseStudy ? updateCaseStudyAction : addCaseStudyAction,
    caseStudy ? updateCaseStudySchema : caseStudySchema,
    caseStudy ? { ...caseStudy } : undefined,
  );
  return (
    <form {...getFormProps(form)} action={action} className="space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      {caseStudy && <input type="hidden" name="id" value={caseStudy.id} />}
      <Field field={fields.title} label={t("caseTitle")}>
        <Input {...getInputProps(fields.title, { type: "text" })} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field field={fields.industry} label={t("caseIndustry")}>
          <Select {...getSelectProps(fields.industry)}>
            <option value="">{t("chooseIndustry")}</option>
            {industryTags.map((tag) => (
              <option key={tag.slug} value={tag.slug}>
                {tagLabel(tag.slug, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field field={fields.year} label={t("caseYear")}>
          <Input
            {...getInputProps(fields.year, { type: "number" })}
            min={FIRST_CASE_YEAR}
            max={currentYear()}
          />
        </Field>
        <Field field={fields.clientName} label={t("caseClient")} hint={t("caseClientHint")}>
          <Input {...getInputProps(fields.clientName, { type: "text" })} />
        </Field>
      </div>
      <Field field={fields.summary} label={t("caseSummary")}>
        <Textarea {...getTextareaProps(fields.summary)} rows={4} />
      </Field>
      <TagCheckboxGroup
        field={fields.capabilities}
        legend={t("caseCapabilities")}
        groups={groupCapabilities(capabilityTags)}
      />
      <div className="flex flex-wrap items-center gap-4">
        <div className="w-40">
          <SubmitButton pending={pending} pendingText={t("saving")}>
            {caseStudy ? t("saveCase") : t("addCase")}
          </SubmitButton>
        </div>
        <SavedNote result={lastResult} text={caseStudy ? t("caseSaved") : t("caseAdded")} />
      </div>
    </form>
  );
}
