import { getTranslations } from "next-intl/server";
import { SHEET_FORMATS } from "@/lib/domain/evaluation/evaluation.schema";
import { locales } from "@/lib/i18n/config";

/** The evaluation sheet's href (app/requirements/[id]/evaluation/sheet/route.ts). */
export function evaluationSheetHref(requirementId: string, format: string, lang: string): string {
  const query = new URLSearchParams({ format, lang });
  return `/requirements/${encodeURIComponent(requirementId)}/evaluation/sheet?${query}`;
}

/**
 * Downloads of the evaluation sheet, XLSX and CSV, each in Chinese and English. Show it only
 * to readers who may read the ranking: the download refuses everyone else.
 */
export async function EvaluationSheetLinks({ requirementId }: { requirementId: string }) {
  const t = await getTranslations("evaluationSheet.links");
  return (
    <nav aria-label={t("title")} className="text-sm">
      <p className="font-medium text-slate-900">{t("title")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {SHEET_FORMATS.flatMap((format) =>
          locales.map((lang) => (
            <li key={`${format}-${lang}`}>
              <a
                href={evaluationSheetHref(requirementId, format, lang)}
                download
                className="text-brand-700 underline underline-offset-2"
              >
                {t(format, { language: t(lang) })}
              </a>
            </li>
          )),
        )}
      </ul>
    </nav>
  );
}
