import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { VendorCard as VendorCardData } from "@/lib/domain/organizations/list-vendors";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";
import { TagList } from "@/components/requirements/tag-list";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { OrganizationLogo } from "./organization-logo";
import { displayName } from "./organization-name";

const SHOWN_CAPABILITIES = 5;

/** A vendor in the directory: logo, name, badge, region, capabilities, industries, case count. */
export async function VendorCard({ vendor: v }: { vendor: VendorCardData }) {
  const [t, locale] = await Promise.all([
    getTranslations("vendors"),
    getLocale() as Promise<Locale>,
  ]);
  const hidden = v.capabilities.length - SHOWN_CAPABILITIES;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600/40 hover:shadow">
      <div className="flex items-start gap-3">
        <OrganizationLogo orgId={v.id} logoFileId={v.logoFileId} name={v.name} />
        <div className="min-w-0">
          <h2 className="font-semibold leading-snug">
            <Link href={`/vendors/${v.id}`} className="hover:text-brand-700">
              {displayName(v, locale)}
            </Link>
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-500">
            {v.verificationStatus === "VERIFIED" && <VerifiedBadge />}
            <span>{v.region ?? t("regionUnknown")}</span>
          </p>
        </div>
      </div>
      {v.description && <p className="mt-3 line-clamp-2 text-sm text-slate-600">{v.description}</p>}
      {v.capabilities.length > 0 && (
        <div className="mt-3 flex flex-wrap items-center gap-1.5">
          <TagList slugs={v.capabilities.slice(0, SHOWN_CAPABILITIES)} label={t("capabilities")} />
          {hidden > 0 && (
            <span className="text-xs text-slate-500">{t("more", { count: hidden })}</span>
          )}
        </div>
      )}
      <div className="mt-auto pt-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 border-t border-slate-100 pt-3 text-sm">
          <dt className="text-slate-500">{t("industries")}</dt>
          <dd className="truncate">
            {v.industries
              .map((slug) => tagLabel(slug, locale))
              .join(locale === "en" ? ", " : "、") || "—"}
          </dd>
          <dt className="text-slate-500">{t("caseStudies")}</dt>
          <dd>{t("caseCount", { count: v._count.caseStudies })}</dd>
        </dl>
      </div>
    </article>
  );
}
