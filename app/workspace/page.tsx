import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { isVendorMember } from "@/lib/auth/guards";
import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import type { Locale } from "@/lib/i18n/config";
import { DismissButton } from "@/components/matching/dismiss-button";
import { ReasonList } from "@/components/matching/reason-list";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { DeadlineText } from "@/components/requirements/deadline-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching.feed");
  return { title: t("tab") };
}

/** The workspace's home: 为您推荐, open requirements that fit the vendor, with the reasons. */
export default async function WorkspacePage() {
  const actor = await requireSignedInPage("/workspace");
  if (!isVendorMember(actor)) return <OrganizationKindNotice actor={actor} requires="VENDOR" />;
  const locale = (await getLocale()) as Locale;
  const [t, feed] = await Promise.all([
    getTranslations("matching.feed"),
    recommendRequirements(actor, { vendorId: actor.orgId!, limit: 20, locale }),
  ]);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <h2 id="recommendations" className="sr-only">
        {t("tab")}
      </h2>
      {feed.items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol aria-labelledby="recommendations" className="space-y-4">
          {feed.items.map(({ requirement, reasons }) => (
            <li
              key={requirement.id}
              className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
            >
              <Link
                href={`/requirements/${requirement.id}`}
                className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                {requirement.title}
              </Link>
              <p className="text-sm text-slate-600">
                <DeadlineText deadline={requirement.deadline} />
              </p>
              <ReasonList reasons={reasons} />
              <DismissButton requirementId={requirement.id} title={requirement.title} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
