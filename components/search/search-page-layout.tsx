import { getTranslations } from "next-intl/server";
import { PendingResults, SearchNavigationProvider } from "./search-navigation";

/** A search page: the banner with the search box, filters beside (or above) the results. */
export async function SearchPageLayout({
  banner,
  filters,
  resultsLabel,
  children,
}: {
  banner: React.ReactNode;
  filters: React.ReactNode;
  /** Names the results region (the id of its heading). */
  resultsLabel: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("search");
  return (
    <SearchNavigationProvider>
      <div className="space-y-6">
        {banner}
        <div className="grid items-start gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
          <aside className="lg:sticky lg:top-4">{filters}</aside>
          <section aria-labelledby={resultsLabel}>
            <PendingResults updatingLabel={t("updating")}>
              <div className="space-y-4">{children}</div>
            </PendingResults>
          </section>
        </div>
      </div>
    </SearchNavigationProvider>
  );
}
