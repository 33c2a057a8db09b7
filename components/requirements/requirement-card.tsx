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

/**
 * A requirement in a list; in search results, with the searched words marked. A page shows 20:
 * the card keeps its elements few and its repeated looks in short classes (app/globals.css).
 */
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
    <article className="list-card">
      <div className="rq-meta">
        <StatusBadge status={r.status} />
        <PublisherLink organization={r.organization} />
        {r.organization.verificationStatus === "VERIFIED" && <VerifiedBadge />}
        <ProjectNumber number={r.projectNumber} className="sm:ml-auto" />
      </div>
      <h3 className="mt-2 text-lg font-semibold leading-snug">
        <Link href={`/requirements/${r.id}`} className="hover:text-brand-700">
          <HighlightedText text={r.title} segments={r.highlights?.title} />
        </Link>
      </h3>
      <p className="mt-1.5 line-clamp-3 text-sm text-slate-600 sm:line-clamp-2">
        <HighlightedText text={r.summary} segments={r.highlights?.summary} />
      </p>
      <MarkedTagList
        slugs={r.capabilities}
        marked={marked}
        label={t("capabilities")}
        className="mt-3"
      />
      <dl className="rq-facts">
        <div>
          <dt>{t("budget")}</dt>
          <dd className="font-medium text-slate-900">
            <BudgetText min={r.budgetMinCny} max={r.budgetMaxCny} />
          </dd>
        </div>
        <div>
          <dt>{t("industry")}</dt>
          <dd>
            <MarkedLabel text={tagLabel(r.industry, locale)} marked={marked.includes(r.industry)} />
          </dd>
        </div>
        <div>
          <dt>{t("region")}</dt>
          <dd>{r.region ? regionName(r.region) : "—"}</dd>
        </div>
        <div>
          <dt>{t("deadline")}</dt>
          <dd>
            <DeadlineText deadline={r.deadline} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
