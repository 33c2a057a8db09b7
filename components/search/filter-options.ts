import { getLocale, getTranslations } from "next-intl/server";
import { capabilityTags, industryTags, regions, tagLabel } from "@/lib/taxonomy";
import { formatCny } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import { groupCapabilities } from "@/components/organizations/capability-groups";
import type { FilterOption, FilterOptionGroup } from "./select-filter";
import { getRegionName } from "@/components/i18n/data-names";

/** The taxonomy as filter options: industries, capabilities in their groups, regions. */
export async function taxonomyOptions() {
  const [locale, tp, regionName] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations("profile"),
    getRegionName(),
  ]);
  const tagOption = (slug: string): FilterOption => ({
    value: slug,
    label: tagLabel(slug, locale),
  });
  return {
    industry: industryTags.map((tag) => tagOption(tag.slug)),
    capability: groupCapabilities(capabilityTags).map((group): FilterOptionGroup => ({
      label: tp(`capabilityGroups.${group.key ?? "other"}`),
      options: group.tags.map((tag) => tagOption(tag.slug)),
    })),
    region: regions.map((region): FilterOption => ({ value: region, label: regionName(region) })),
  };
}

export type TaxonomyField = keyof Awaited<ReturnType<typeof taxonomyOptions>>;

// Round figures procurement budgets are usually set at (CNY).
const BUDGET_STEPS = [500_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000];

/** Budget bounds to choose from; a bound the URL holds that is not one of them is added. */
export function budgetOptions(locale: Locale, current: number | undefined): FilterOption[] {
  const steps = current === undefined ? BUDGET_STEPS : [...new Set([...BUDGET_STEPS, current])];
  return steps
    .toSorted((a, b) => a - b)
    .map((amount) => ({ value: String(amount), label: formatCny(amount, locale) }));
}
