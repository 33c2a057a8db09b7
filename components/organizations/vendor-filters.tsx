import Form from "next/form";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { VendorFilters as Filters } from "@/lib/domain/organizations/list-vendors.schema";
import { capabilityTags, industryTags, regions, tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";
import { groupCapabilities } from "./capability-groups";

const selectClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

/** The directory's filters: a GET form, so the URL holds the state (shareable, back button works). */
export async function VendorFilters({ filters }: { filters: Filters }) {
  const [t, tp, locale] = await Promise.all([
    getTranslations("vendors"),
    getTranslations("profile"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <Form
      // Remounted when the URL's filters change (e.g. "clear"), so the controls show them.
      key={[filters.capability, filters.industry, filters.region, filters.verified].join("|")}
      action="/vendors"
      aria-label={t("filtersLabel")}
      className="grid items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto_auto]"
    >
      <label className="text-sm font-medium text-slate-700">
        {t("capability")}
        <select name="capability" defaultValue={filters.capability ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {groupCapabilities(capabilityTags).map((group) => (
            <optgroup key={group.key} label={tp(`capabilityGroups.${group.key}`)}>
              {group.tags.map((tag) => (
                <option key={tag.slug} value={tag.slug}>
                  {tagLabel(tag.slug, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("industry")}
        <select name="industry" defaultValue={filters.industry ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {industryTags.map((tag) => (
            <option key={tag.slug} value={tag.slug}>
              {tagLabel(tag.slug, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("region")}
        <select name="region" defaultValue={filters.region ?? ""} className={selectClass}>
          <option value="">{t("any")}</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 py-2 text-sm text-slate-700">
        <input
          type="checkbox"
          name="verified"
          value="1"
          defaultChecked={filters.verified}
          className="accent-brand-600"
        />
        {t("verifiedOnly")}
      </label>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("apply")}
        </button>
        <Link href="/vendors" className="text-sm text-brand-700 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </Form>
  );
}
