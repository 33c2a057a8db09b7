import { getTranslations } from "next-intl/server";

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
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h2 id={id} className="truncate text-lg font-semibold">
          {query ? t("resultsFor", { q: query }) : title}
        </h2>
        {count}
      </div>
      {sort}
    </div>
  );
}
