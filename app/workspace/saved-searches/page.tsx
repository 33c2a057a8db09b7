import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { isVendorMember } from "@/lib/auth/guards";
import { listSavedSearches } from "@/lib/domain/saved-searches/list-saved-searches";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { EmptyState } from "@/components/vendor-tools/empty-state";
import { SavedSearchCard } from "@/components/vendor-tools/saved-search-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vendorTools");
  return { title: t("tabSavedSearches") };
}

/** The vendor member's saved searches: open one, switch its alerts, rename or delete it. */
export default async function SavedSearchesPage() {
  const actor = await requireSignedInPage("/workspace/saved-searches");
  if (!isVendorMember(actor)) return <OrganizationKindNotice actor={actor} requires="VENDOR" />;
  const [t, tTools, { items, max }] = await Promise.all([
    getTranslations("vendorTools.savedSearches"),
    getTranslations("vendorTools"),
    listSavedSearches(actor),
  ]);
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
        <span>{t("intro")}</span>
        {items.length > 0 && <span>{t("count", { count: items.length, max })}</span>}
      </p>
      <h2 id="saved-search-list" className="sr-only">
        {tTools("tabSavedSearches")}
      </h2>
      {items.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          text={t("emptyText")}
          linkLabel={t("emptyLink")}
          href="/"
        />
      ) : (
        <ul aria-labelledby="saved-search-list" className="space-y-4">
          {items.map((search) => (
            <SavedSearchCard key={search.id} search={search} />
          ))}
        </ul>
      )}
    </div>
  );
}
