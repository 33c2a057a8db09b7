import { getLocale, getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import {
  REQUIREMENT_STATES,
  type RequirementSearchParams,
} from "@/lib/domain/requirements/search/search-requirements.schema";
import { CheckboxFilter } from "./checkbox-filter";
import { ChoiceFilter } from "./choice-filter";
import { DateFilter } from "./date-filter";
import { budgetOptions } from "./filter-options";
import { FilterGroup } from "./filter-group";
import { SelectFilter } from "./select-filter";
import { TaxonomyFilters } from "./taxonomy-filters";
import { rawText, type RawSearchParams } from "./url-state";

/** The parameters the requirement filters have a control for (besides `q` and `sort`). */
export const REQUIREMENT_FILTER_FIELDS = [
  "industry",
  "capability",
  "region",
  "state",
  "budgetMin",
  "budgetMax",
  "deadlineFrom",
  "deadlineTo",
  "verified",
];

/**
 * The requirement list's filters, showing what the URL holds (wrong values too, with their
 * errors); choices that cannot show a wrong value show the state searched instead.
 */
export async function RequirementSearchFilters({
  form,
  raw,
  params,
  errors,
}: {
  form: string;
  raw: RawSearchParams;
  params: RequirementSearchParams;
  errors: FieldErrors;
}) {
  const [t, locale] = await Promise.all([getTranslations("home"), getLocale() as Promise<Locale>]);
  const text = (name: string) => ({ form, name, value: rawText(raw, name), errors: errors[name] });
  const budget = (name: "budgetMin" | "budgetMax") => (
    <SelectFilter
      form={form}
      name={name}
      label={t(name)}
      layout="part"
      values={[rawText(raw, name)].filter(Boolean)}
      options={budgetOptions(locale, params[name])}
      errors={errors[name]}
    />
  );
  return (
    <>
      <ChoiceFilter
        form={form}
        name="state"
        legend={t("state")}
        value={params.state}
        options={REQUIREMENT_STATES.map((state) => ({ value: state, label: t(`states.${state}`) }))}
        errors={errors.state}
      />
      <TaxonomyFilters
        form={form}
        fields={["industry", "capability", "region"]}
        raw={raw}
        errors={errors}
      />
      <FilterGroup legend={t("budget")} className="grid grid-cols-2 gap-2">
        {budget("budgetMin")}
        {budget("budgetMax")}
      </FilterGroup>
      <FilterGroup legend={t("deadline")}>
        <DateFilter label={t("deadlineFrom")} {...text("deadlineFrom")} />
        <DateFilter label={t("deadlineTo")} {...text("deadlineTo")} />
      </FilterGroup>
      <CheckboxFilter
        form={form}
        name="verified"
        label={t("verifiedOnly")}
        checked={params.verified}
        errors={errors.verified}
      />
    </>
  );
}
