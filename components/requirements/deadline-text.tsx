import { getFormatter, getTranslations } from "next-intl/server";
import { daysUntil } from "@/lib/format/deadline";

/** The deadline in Asia/Shanghai time, with the days left while it is open. */
export async function DeadlineText({ deadline }: { deadline: Date | null }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("requirement")]);
  if (!deadline) return <>{t("noDeadline")}</>;
  const days = daysUntil(deadline);
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
      <span
        className={`ml-1.5 whitespace-nowrap ${days === null ? "text-slate-500" : "text-amber-700"}`}
      >
        {days === null ? t("closed") : t("daysLeft", { days })}
      </span>
    </>
  );
}
