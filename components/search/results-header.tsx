import { getTranslations } from "next-intl/server";
import { MAX_TERMS, parseSearchQuery } from "@/lib/search/search-query";

/** Above the results: what they are (the search words, if any), how many, and their order. */
export async function ResultsHeader({
  id,
  query,
  title,
  count,
  sort,
}: {
  id: string;
  query?: string;
  /** The title without search words. */
  title: string;
  /** How many results (a line of its own), or nothing. */
  count?: React.ReactNode;
  sort: React.ReactNode;
}) {
  const t = await getTranslations("search");
  const { unsearched } = parseSearchQuery(query);
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h2 id={id} className="text-lg font-semibold wrap-anywhere">
          {query ? t("resultsFor", { q: query }) : title}
        </h2>
        {unsearched.length > 0 && (
          <p className="mt-1 text-sm text-amber-800 wrap-anywhere">
            {t("unsearched", { max: MAX_TERMS, words: unsearched.join(t("listSeparator")) })}
          </p>
        )}
        {count}
      </div>
      {sort}
    </div>
  );
}
