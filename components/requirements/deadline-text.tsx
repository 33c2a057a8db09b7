import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/lib/format/date-time";
import { daysLeft } from "@/lib/format/deadline";
import type { Locale } from "@/lib/i18n/config";
import { databaseNow, isPastDeadline } from "@/lib/domain/requirements/open-for-proposals";

/** The database's clock, read once per page however many deadlines it shows. */
const pageNow = cache(() => databaseNow());

/** Kept on one line: its spaces do not break (a narrow column breaks between day and time). */
const unbroken = (text: string) => text.replace(/ /g, "\u00a0");

/** The deadline in Asia/Shanghai time, with the days left while it is open (by the database's clock). */
export async function DeadlineText({ deadline }: { deadline: Date | null }) {
  const [locale, t] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations("requirement"),
  ]);
  if (!deadline) return <>{t("noDeadline")}</>;
  const now = await pageNow();
  const closed = isPastDeadline({ deadline }, now);
  return (
    <>
      <time dateTime={deadline.toISOString()}>
        {`${unbroken(formatInstant(deadline, locale, "date"))} ${unbroken(
          formatInstant(deadline, locale, "time"),
        )}`}
      </time>
      <span className={`ml-1.5 whitespace-nowrap ${closed ? "text-slate-500" : "text-amber-700"}`}>
        {closed ? t("closed") : t("daysLeft", { days: daysLeft(deadline, now) })}
      </span>
    </>
  );
}
