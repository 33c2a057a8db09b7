import { getFormatter, getTranslations } from "next-intl/server";
import type { DeadlineChange } from "@/lib/domain/requirements/deadlines/list-deadline-changes";
import { Panel } from "@/components/ui/panel";

/** The change notices (变更公告): when the deadlines moved, from what to what, and why. */
export async function DeadlineChangeNotices({ changes }: { changes: DeadlineChange[] }) {
  if (changes.length === 0) return null;
  const [t, format] = await Promise.all([
    getTranslations("clarifications.deadlines"),
    getFormatter(),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("none");
  const moved = (range: { from: Date | null; to: Date | null }) =>
    range.from?.getTime() !== range.to?.getTime();
  return (
    <Panel id="change-notices" title={t("title")}>
      <ol className="space-y-3 text-sm">
        {changes.map((change) => (
          <li key={change.id} className="rounded-md border border-amber-200 bg-amber-50 p-3">
            <p className="text-slate-600">
              <time dateTime={change.changedAt.toISOString()}>
                {t("changedAt", { date: when(change.changedAt) })}
              </time>
            </p>
            {moved(change.deadline) && (
              <p className="mt-1 font-medium text-slate-900">
                {t("deadlineChange", {
                  from: when(change.deadline.from),
                  to: when(change.deadline.to),
                })}
              </p>
            )}
            {moved(change.questionDeadline) && (
              <p className="mt-1 font-medium text-slate-900">
                {t("questionDeadlineChange", {
                  from: when(change.questionDeadline.from),
                  to: when(change.questionDeadline.to),
                })}
              </p>
            )}
            <p className="mt-1 text-slate-800">
              {t("reasonLabel")}
              {change.reason}
            </p>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
