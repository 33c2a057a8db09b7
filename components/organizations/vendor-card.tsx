import { Fragment } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { VendorCard as VendorCardData } from "@/lib/domain/organizations/vendor-card";
import type { VendorHighlights } from "@/lib/domain/organizations/search/vendor-highlights";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { HighlightedText } from "@/components/search/highlighted-text";
import { MarkedLabel, MarkedTagList } from "@/components/search/marked-tag-list";
import { OrganizationLogo } from "./organization-logo";
import { displayName } from "./organization-name";
import { getRegionName } from "@/components/i18n/data-names";

const SHOWN_CAPABILITIES = 5;

/** The capabilities to show: those the search matched first, so that they are never cut off. */
const shownCapabilities = (capabilities: string[], marked: string[]) =>
  capabilities
    .toSorted((a, b) => Number(marked.includes(b)) - Number(marked.includes(a)))
    .slice(0, SHOWN_CAPABILITIES);

/**
 * A vendor in the directory: logo, name, badge, region, capabilities, industries, case count;
 * in search results, with the searched words marked and the case studies that matched.
 */
export async function VendorCard({
  vendor: v,
}: {
  vendor: VendorCardData & { highlights?: VendorHighlights };
}) {
  const [t, ts, locale, regionName] = await Promise.all([
    getTranslations("vendors"),
    getTranslations("search"),
    getLocale() as Promise<Locale>,
    getRegionName(),
  ]);
  const marked = v.highlights?.tags ?? [];
  const name = displayName(v, locale);
  const hidden = v.capabilities.length - SHOWN_CAPABILITIES;
  const cases = v.highlights?.caseStudies ?? [];
  return (
    <article className="list-card flex h-full flex-col">
      <div className="flex items-start gap-3">
        <OrganizationLogo orgId={v.id} logoFileId={v.logoFileId} name={v.name} />
        <div className="min-w-0">
          <h3 className="font-semibold leading-snug">
            <Link href={`/vendors/${v.id}`} className="hover:text-brand-700">
              {/* The highlights are of the Chinese name; another name is shown as it is. */}
              <HighlightedText
                text={name}
                segments={name === v.name ? v.highlights?.name : undefined}
              />
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-500">
            {v.verificationStatus === "VERIFIED" && <VerifiedBadge />}
            <span>{v.region ? regionName(v.region) : t("regionUnknown")}</span>
          </p>
        </div>
      </div>
      {v.description && (
        <p className="mt-3 line-clamp-2 text-sm text-slate-600">
          <HighlightedText text={v.description} segments={v.highlights?.description} />
        </p>
      )}
      {v.capabilities.length > 0 && (
        <div className="mt-3 flex flex-wrap items-center gap-1.5">
          <MarkedTagList
            slugs={shownCapabilities(v.capabilities, marked)}
            marked={marked}
            label={t("capabilities")}
          />
          {hidden > 0 && (
            <span className="text-xs text-slate-500">{t("more", { count: hidden })}</span>
          )}
        </div>
      )}
      {cases.length > 0 && (
        <div className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
          <h4 className="text-xs font-medium text-slate-500">{t("matchingCases")}</h4>
          <ul className="mt-1 space-y-0.5">
            {cases.map((c) => (
              <li key={c.id} className="truncate text-slate-700">
                <HighlightedText segments={c.title} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-auto pt-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 border-t border-slate-100 pt-3 text-sm">
          <dt className="text-slate-500">{t("industries")}</dt>
          <dd className="truncate">
            {v.industries.length === 0
              ? "—"
              : v.industries.map((slug, index) => (
                  <Fragment key={slug}>
                    {index > 0 && ts("listSeparator")}
                    <MarkedLabel text={tagLabel(slug, locale)} marked={marked.includes(slug)} />
                  </Fragment>
                ))}
          </dd>
          <dt className="text-slate-500">{t("caseStudies")}</dt>
          <dd>{t("caseCount", { count: v.caseStudyCount })}</dd>
        </dl>
      </div>
    </article>
  );
}
