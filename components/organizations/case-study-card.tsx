import { getLocale, getTranslations } from "next-intl/server";
import type { OrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";
import { TagList } from "@/components/requirements/tag-list";

type CaseStudy = OrganizationProfile["caseStudies"][number];

/** One case study: title, year, client industry (and client when public), summary, capabilities. */
export async function CaseStudyCard({
  caseStudy: c,
  children,
}: {
  caseStudy: CaseStudy;
  /** Owner controls (edit, remove), shown under the card's text. */
  children?: React.ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("profile"), getLocale()]);
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5">
      <h3 className="font-semibold leading-snug">{c.title}</h3>
      <p className="mt-1 text-sm text-slate-500">
        {[
          t("caseYearValue", { year: c.year }),
          tagLabel(c.industry, locale as Locale),
          c.clientName,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="mt-2 whitespace-pre-line text-sm leading-relaxed text-slate-700">{c.summary}</p>
      {c.capabilities.length > 0 && (
        <div className="mt-3">
          <TagList slugs={c.capabilities} label={t("caseCapabilities")} />
        </div>
      )}
      {children}
    </article>
  );
}
