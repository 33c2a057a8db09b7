import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TrackRecord } from "@/lib/domain/contracts/get-track-record";
import { Panel } from "@/components/ui/panel";

const LINK = "text-brand-700 underline underline-offset-2 hover:text-brand-900";

/** The vendor's completed contracts with the enterprises' ratings, on its public profile. */
export async function TrackRecordPanel({ record }: { record: TrackRecord }) {
  const t = await getTranslations("trackRecord");
  const format = await getFormatter();
  return (
    <Panel id="track-record" title={t("title")}>
      {record.meanRating === null ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <>
          <p className="font-medium text-slate-900">
            {t("summary", { count: record.completed, rating: record.meanRating })}
          </p>
          <ul className="mt-3 space-y-3">
            {record.entries.map((entry) => (
              <li key={entry.contractId} className="border-t border-slate-200 pt-3 text-sm">
                <p>
                  {entry.requirement ? (
                    <Link href={`/requirements/${entry.requirement.id}`} className={LINK}>
                      {entry.requirement.title}
                    </Link>
                  ) : (
                    t("nonPublic")
                  )}
                </p>
                {entry.requirement && (
                  <p className="text-slate-600">
                    {t("by", { name: entry.requirement.enterpriseName })}
                  </p>
                )}
                <p className="text-slate-700">
                  {t("rating", { rating: entry.rating })} ·{" "}
                  {t("completedOn", {
                    date: format.dateTime(entry.completedAt, { dateStyle: "medium" }),
                  })}
                </p>
                {entry.ratingComment && (
                  <p className="whitespace-pre-line text-slate-800">{entry.ratingComment}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
