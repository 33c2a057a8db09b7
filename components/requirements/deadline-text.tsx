import { getFormatter, getTranslations } from "next-intl/server";
import { daysUntil } from "@/lib/format/deadline";

/** The deadline in Asia/Shanghai time, with the days left while it is open. */
export async function DeadlineText({ deadline }: { deadline: Date | null }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("requirement")]);
  if (!deadline) return <>{t("noDeadline")}</>;
  const days = daysUntil(deadline);
  return (
    <>
      <time dateTime={deadline.toISOString()}>
        {format.dateTime(deadline, { dateStyle: "medium", timeStyle: "short" })}
      </time>
      <span
        className={`ml-1.5 whitespace-nowrap ${days === null ? "text-slate-500" : "text-amber-700"}`}
      >
        {days === null ? t("closed") : t("daysLeft", { days })}
      </span>
    </>
  );
}
