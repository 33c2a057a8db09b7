import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { daysLeft } from "@/lib/format/deadline";
import { databaseNow, isPastDeadline } from "@/lib/domain/requirements/open-for-proposals";

/** The database's clock, read once per page however many deadlines it shows. */
const pageNow = cache(() => databaseNow());

/** The deadline in Asia/Shanghai time, with the days left while it is open (by the database's clock). */
export async function DeadlineText({ deadline }: { deadline: Date | null }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("requirement")]);
  if (!deadline) return <>{t("noDeadline")}</>;
  const now = await pageNow();
  const closed = isPastDeadline({ deadline }, now);
  return (
    <>
      {/* Day and time each kept whole: a narrow column breaks the line between them. */}
      <time dateTime={deadline.toISOString()}>
        <span className="whitespace-nowrap">
          {format.dateTime(deadline, { dateStyle: "medium" })}
        </span>{" "}
        <span className="whitespace-nowrap">
          {format.dateTime(deadline, { timeStyle: "short" })}
        </span>
      </time>
      <span className={`ml-1.5 whitespace-nowrap ${closed ? "text-slate-500" : "text-amber-700"}`}>
        {closed ? t("closed") : t("daysLeft", { days: daysLeft(deadline, now) })}
      </span>
    </>
  );
}
