import { getFormatter, getTranslations } from "next-intl/server";
import type { RequirementHistoryEvent } from "@/lib/domain/requirements/history/get-requirement-history";
import { Panel } from "@/components/ui/panel";
import { eventDetails } from "./history-event-details";

/** The requirement's history, oldest first: when, who, what, the status change and why. */
export async function HistoryTimeline({ events }: { events: RequirementHistoryEvent[] }) {
  const [t, format] = await Promise.all([getTranslations("moderation"), getFormatter()]);
  const label = (prefix: string, key: string, fallback: string) =>
    t.has(`${prefix}.${key}`) ? t(`${prefix}.${key}`) : fallback;
  return (
    <Panel id="history" title={t("history.title")}>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">{t("history.empty")}</p>
      ) : (
        <>
          <p className="-mt-2 mb-3 text-xs text-slate-500">{t("history.timeZoneNote")}</p>
          <ol className="space-y-4 border-l border-slate-200 pl-4 text-sm">
            {events.map((event) => {
              const { statusChange, fileName } = eventDetails(event);
              const actor = label("history.actorKinds", event.actorKind, event.actorKind);
              return (
                <li key={event.id} className="relative">
                  <span
                    aria-hidden="true"
                    className="absolute top-1.5 -left-[1.3rem] h-2 w-2 rounded-full bg-brand-600"
                  />
                  <p className="font-medium text-slate-900">
                    {label("history.actions", event.verb, t("history.unknownAction"))}
                  </p>
                  {fileName && <p className="break-all text-slate-600">{fileName}</p>}
                  <p className="text-slate-500">
                    <time dateTime={event.createdAt.toISOString()}>
                      {format.dateTime(event.createdAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                      })}
                    </time>
                    {" · "}
                    {event.actorName ? `${actor} ${event.actorName}` : actor}
                  </p>
                  {statusChange && (
                    <p className="text-slate-600">
                      {t("history.statusChange", {
                        before: t(`status.${statusChange.before}`),
                        after: t(`status.${statusChange.after}`),
                      })}
                    </p>
                  )}
                  {event.reason && (
                    <p className="mt-1 rounded bg-slate-50 px-2 py-1 whitespace-pre-line text-slate-700">
                      {event.reason}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Panel>
  );
}
