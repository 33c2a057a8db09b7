import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { RequirementSummary } from "@/lib/domain/requirements/requirement-summary";
import type { RequirementHighlights } from "@/lib/domain/requirements/search/requirement-highlights";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";
import { HighlightedText } from "@/components/search/highlighted-text";
import { MarkedLabel, MarkedTagList } from "@/components/search/marked-tag-list";
import { PublisherLink } from "@/components/organizations/publisher-link";
import { BudgetText } from "./budget-text";
import { DeadlineText } from "./deadline-text";
import { ProjectNumber } from "./project-number";
import { StatusBadge } from "./status-badge";
import { VerifiedBadge } from "./verified-badge";
import { getRegionName } from "@/components/i18n/data-names";

/** A requirement in a list; in search results, with the searched words marked. */
export async function RequirementCard({
  requirement: r,
}: {
  requirement: RequirementSummary & { highlights?: RequirementHighlights };
}) {
  const [locale, t, regionName] = await Promise.all([
    getLocale() as Promise<Locale>,
    getTranslations("requirement"),
    getRegionName(),
  ]);
  const marked = r.highlights?.tags ?? [];
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600/40 hover:shadow">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <StatusBadge status={r.status} />
        <PublisherLink organization={r.organization} />
        {r.organization.verificationStatus === "VERIFIED" && <VerifiedBadge />}
        <span className="sm:ml-auto">
          <ProjectNumber number={r.projectNumber} />
        </span>
      </div>
      <h3 className="mt-2 text-lg font-semibold leading-snug">
        <Link href={`/requirements/${r.id}`} className="hover:text-brand-700">
          <HighlightedText text={r.title} segments={r.highlights?.title} />
        </Link>
      </h3>
      <p className="mt-1.5 line-clamp-3 text-sm text-slate-600 sm:line-clamp-2">
        <HighlightedText text={r.summary} segments={r.highlights?.summary} />
      </p>
      <div className="mt-3">
        <MarkedTagList slugs={r.capabilities} marked={marked} label={t("capabilities")} />
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("budget")}</dt>
          <dd className="font-medium text-slate-900">
            <BudgetText min={r.budgetMinCny} max={r.budgetMaxCny} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("industry")}</dt>
          <dd>
            <MarkedLabel text={tagLabel(r.industry, locale)} marked={marked.includes(r.industry)} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("region")}</dt>
          <dd>{r.region ? regionName(r.region) : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("deadline")}</dt>
          <dd>
            <DeadlineText deadline={r.deadline} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
