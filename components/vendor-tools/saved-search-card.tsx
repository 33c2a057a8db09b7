import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { deleteSavedSearchAction } from "@/app/workspace/actions";
import type { SavedSearchItem } from "@/lib/domain/saved-searches/list-saved-searches";
import { FEATURES } from "@/lib/features";
import { ConfirmAction } from "@/components/members/confirm-action";
import { AlertsToggle } from "./alerts-toggle";
import { RenameSavedSearchForm } from "./rename-saved-search-form";
import { SavedSearchSummary } from "./saved-search-summary";

/**
 * One saved search: its name (a link to the search), criteria, alerts switch (once alerts are
 * sent), rename, delete.
 */
export async function SavedSearchCard({ search }: { search: SavedSearchItem }) {
  const [t, format] = await Promise.all([
    getTranslations("vendorTools.savedSearches"),
    getFormatter(),
  ]);
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-lg leading-snug font-semibold wrap-anywhere">
            {search.href ? (
              <Link href={search.href} className="text-slate-900 hover:text-brand-700">
                {search.name}
              </Link>
            ) : (
              search.name
            )}
          </h3>
          <p className="mt-0.5 text-xs text-slate-500">
            {t("createdAt", { date: format.dateTime(search.createdAt, { dateStyle: "medium" }) })}
          </p>
        </div>
        {FEATURES.savedSearchAlerts && search.state && (
          <AlertsToggle id={search.id} alertsEnabled={search.alertsEnabled} />
        )}
      </div>
      {search.state ? (
        <SavedSearchSummary state={search.state} />
      ) : (
        <p className="text-sm text-amber-800">{t("outdated")}</p>
      )}
      <div className="border-t border-slate-100 pt-3">
        <RenameSavedSearchForm id={search.id} name={search.name}>
          <ConfirmAction
            triggerLabel={t("delete")}
            title={t("deleteTitle")}
            description={t("deleteText", { name: search.name })}
            confirmLabel={t("deleteConfirm")}
            action={deleteSavedSearchAction}
            hidden={{ id: search.id }}
          />
        </RenameSavedSearchForm>
      </div>
    </li>
  );
}
