import { getFormatter, getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { RequirementFacts } from "@/components/requirements/requirement-facts";
import { StatusBadge } from "@/components/requirements/status-badge";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { PublisherLink } from "@/components/organizations/publisher-link";
import { ProjectNumber } from "@/components/requirements/project-number";
import { BookmarkButton } from "./bookmark-button";

/** Status, title, publisher and key facts. */
export async function RequirementHeader({ requirement: r }: { requirement: RequirementDetail }) {
  const [t, format] = await Promise.all([getTranslations("requirement"), getFormatter()]);
  return (
    <header className="rounded-lg border border-slate-200 bg-white p-6">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <StatusBadge status={r.status} />
        {r.publishedAt && (
          <span>
            {t("publishedAt", { date: format.dateTime(r.publishedAt, { dateStyle: "medium" }) })}
          </span>
        )}
        <ProjectNumber number={r.projectNumber} />
        <BookmarkButton requirementId={r.id} />
      </div>
      <h1 className="mt-3 text-2xl leading-snug font-bold">{r.title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-700">
        <span className="text-slate-500">{t("publisher")}</span>
        <PublisherLink organization={r.organization} className="font-medium" />
        {r.organization.verificationStatus === "VERIFIED" && <VerifiedBadge />}
      </p>
      <RequirementFacts requirement={r} />
    </header>
  );
}
