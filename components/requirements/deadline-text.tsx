import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { daysLeft } from "@/lib/format/deadline";
import { databaseNow, isPastDeadline } from "@/lib/domain/requirements/open-for-proposals";

/** The database's clock, read once per page however many deadlines it shows. */
const pageNow = cache(() => databaseNow());

/** Kept on one line: its spaces do not break (a narrow column breaks between day and time). */
const unbroken = (text: string) => text.replace(/ /g, "\u00a0");

/** The deadline in Asia/Shanghai time, with the days left while it is open (by the database's clock). */
export async function DeadlineText({ deadline }: { deadline: Date | null }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("requirement")]);
  if (!deadline) return <>{t("noDeadline")}</>;
  const now = await pageNow();
  const closed = isPastDeadline({ deadline }, now);
  return (
    <>
      <time dateTime={deadline.toISOString()}>
        {`${unbroken(format.dateTime(deadline, { dateStyle: "medium" }))} ${unbroken(
          format.dateTime(deadline, { timeStyle: "short" }),
        )}`}
      </time>
      <span className={`ml-1.5 whitespace-nowrap ${closed ? "text-slate-500" : "text-amber-700"}`}>
        {closed ? t("closed") : t("daysLeft", { days: daysLeft(deadline, now) })}
      </span>
    </>
  );
}
