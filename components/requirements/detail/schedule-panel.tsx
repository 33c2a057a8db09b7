import { getFormatter, getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { hasPassed } from "@/lib/format/deadline";
import { DeadlineText } from "@/components/requirements/deadline-text";
import { Panel } from "@/components/ui/panel";

interface Milestone {
  label: string;
  at: Date;
  text: React.ReactNode;
}

/**
 * The requirement's dates in the order they happen: published, questions close, proposals close
 * (开标), awarded, the project starts; then how long it runs. Passed ones are greyed.
 */
export async function SchedulePanel({ requirement: r }: { requirement: RequirementDetail }) {
  const [t, format] = await Promise.all([getTranslations("requirement"), getFormatter()]);
  const day = (date: Date, timeZone?: string) => (
    <time dateTime={date.toISOString()}>
      {format.dateTime(date, { dateStyle: "long", timeZone })}
    </time>
  );
  const candidates: (Milestone | null)[] = [
    r.publishedAt && { label: t("published"), at: r.publishedAt, text: day(r.publishedAt) },
    r.questionDeadline && {
      label: t("questionDeadline"),
      at: r.questionDeadline,
      text: <DeadlineText deadline={r.questionDeadline} />,
    },
    r.deadline && {
      label: t("deadline"),
      at: r.deadline,
      text: <DeadlineText deadline={r.deadline} />,
    },
    r.award && { label: t("awarded"), at: r.award.decidedAt, text: day(r.award.decidedAt) },
    // A calendar day, kept at UTC midnight: shown as that day wherever the reader is.
    r.expectedStartAt && {
      label: t("expectedStart"),
      at: r.expectedStartAt,
      text: day(r.expectedStartAt, "UTC"),
    },
  ];
  const milestones = candidates.filter((m): m is Milestone => m !== null);
  return (
    <Panel id="schedule" title={t("schedule")}>
      {milestones.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noDeadline")}</p>
      ) : (
        <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm">
          {milestones.map((m) => {
            const past = hasPassed(m.at);
            return (
              <li key={m.label} className="relative">
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[1.3rem] h-2 w-2 rounded-full ${past ? "bg-slate-300" : "bg-brand-600"}`}
                />
                <p className={past ? "text-slate-500" : "font-medium text-slate-900"}>{m.label}</p>
                <p className="text-slate-700">{m.text}</p>
              </li>
            );
          })}
        </ol>
      )}
      {r.durationMonths && (
        <dl className="mt-4 flex flex-wrap gap-x-3 border-t border-slate-100 pt-3 text-sm">
          <dt className="text-slate-500">{t("duration")}</dt>
          <dd className="text-slate-900">{t("durationMonths", { months: r.durationMonths })}</dd>
        </dl>
      )}
    </Panel>
  );
}
