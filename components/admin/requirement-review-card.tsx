import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ModerationQueueItem } from "@/lib/domain/requirements/moderation/list-moderation-queue";
import type { Locale } from "@/lib/i18n/config";
import { tagLabel } from "@/lib/taxonomy";
import { BudgetText } from "@/components/requirements/budget-text";
import { DeadlineText } from "@/components/requirements/deadline-text";
import { TagList } from "@/components/requirements/tag-list";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { ModerateRequirementForms } from "./moderate-requirement-forms";
import { WaitingTime } from "./waiting-time";

/** One requirement of the review queue: what it asks for, who submitted it, and the decision. */
export async function RequirementReviewCard({
  requirement: r,
}: {
  requirement: ModerationQueueItem;
}) {
  const [t, tr, format, locale] = await Promise.all([
    getTranslations("moderation"),
    getTranslations("requirement"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const facts: [string, React.ReactNode][] = [
    [tr("industry"), tagLabel(r.industry, locale)],
    [tr("budget"), <BudgetText key="budget" min={r.budgetMinCny} max={r.budgetMaxCny} />],
    [tr("deadline"), <DeadlineText key="deadline" deadline={r.deadline} />],
    [
      t("submittedTime"),
      r.submittedAt
        ? format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" })
        : "—",
    ],
  ];
  if (r.createdBy) facts.push([t("submittedBy"), r.createdBy.name]);
  return (
    <article aria-labelledby={`review-${r.id}`} className="rounded-md border border-slate-200 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={`review-${r.id}`} className="font-semibold text-slate-900">
            <Link
              href={`/requirements/${r.id}`}
              className="hover:text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {r.title}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>{r.organization.name}</span>
            {r.organization.verificationStatus === "VERIFIED" && <VerifiedBadge />}
            {r.visibility === "INVITED" && (
              <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800">
                {t("invitedOnly")}
              </span>
            )}
          </p>
        </div>
        <WaitingTime waitingMs={r.waitingMs} />
      </div>
      <p className="mt-3 line-clamp-3 text-sm text-slate-700">{r.summary}</p>
      <div className="mt-3">
        <TagList slugs={r.capabilities} label={tr("capabilities")} />
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="shrink-0 text-slate-500">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 border-t border-slate-100 pt-4">
        <ModerateRequirementForms requirementId={r.id} back="queue" />
      </div>
    </article>
  );
}
