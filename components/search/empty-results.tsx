import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** Nothing found: what to try (fewer filters, broader or other words) and a way to start over. */
export async function EmptyResults({
  title,
  hasQuery,
  hasFilters,
  clearHref,
  children,
}: {
  title: string;
  hasQuery: boolean;
  hasFilters: boolean;
  clearHref: string;
  /** Anything else worth suggesting. */
  children?: React.ReactNode;
}) {
  const t = await getTranslations("search");
  const hints = [
    ...(hasFilters ? [t("hintRemoveFilters")] : []),
    ...(hasQuery ? [t("hintBroaderWords"), t("hintOtherLanguage")] : []),
  ];
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <h3 className="text-base font-semibold text-slate-800 wrap-anywhere">{title}</h3>
      {children}
      {hints.length > 0 && (
        <div className="mx-auto mt-4 max-w-md text-left text-sm text-slate-600">
          <p>{t("emptyHints")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {hints.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </div>
      )}
      {(hasQuery || hasFilters) && (
        <ButtonLink href={clearHref} className="mt-5">
          {t("clearSearch")}
        </ButtonLink>
      )}
    </div>
  );
}
