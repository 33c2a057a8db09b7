import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { getOrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { listEnterpriseRequirements } from "@/lib/domain/requirements/list-enterprise-requirements";
import type { Locale } from "@/lib/i18n/config";
import { EnterpriseRequirementList } from "@/components/organizations/enterprise-requirement-list";
import { displayName } from "@/components/organizations/organization-name";
import { ProfileHeader } from "@/components/organizations/profile-header";
import { ProfileSections } from "@/components/organizations/profile-sections";

/** The enterprise's public profile and listings; unknown ids and vendors are "not found". */
const loadEnterprise = cache(async (id: string) => {
  try {
    const actor = await currentActor();
    const profile = await getOrganizationProfile(actor, id);
    if (profile.kind !== "ENTERPRISE") notFound();
    return { profile, requirements: await listEnterpriseRequirements(actor, { orgId: id }) };
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({
  params,
}: PageProps<"/enterprises/[id]">): Promise<Metadata> {
  const { profile } = await loadEnterprise((await params).id);
  return { title: displayName(profile, (await getLocale()) as Locale) };
}

export default async function EnterpriseProfilePage({ params }: PageProps<"/enterprises/[id]">) {
  const { profile, requirements } = await loadEnterprise((await params).id);
  const t = await getTranslations("enterprises");
  const verified = profile.verificationStatus === "VERIFIED";
  return (
    <article className="space-y-6">
      <Link
        href="/"
        className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        ← {t("backToMarket")}
      </Link>
      <ProfileHeader profile={profile} />
      <dl className="grid grid-cols-3 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:gap-4 sm:p-5">
        <div>
          <dt className="text-slate-500">{t("verification")}</dt>
          <dd className="mt-0.5 text-slate-900">{verified ? t("verified") : t("unverified")}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("openCount")}</dt>
          <dd className="mt-0.5 text-slate-900">{requirements.open.count}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("pastCount")}</dt>
          <dd className="mt-0.5 text-slate-900">{requirements.past.count}</dd>
        </div>
      </dl>
      <ProfileSections profile={profile} />
      <EnterpriseRequirementList
        id="open-requirements"
        title={t("openTitle")}
        empty={t("openEmpty")}
        list={requirements.open}
      />
      <EnterpriseRequirementList
        id="past-requirements"
        title={t("pastTitle")}
        empty={t("pastEmpty")}
        list={requirements.past}
      />
    </article>
  );
}
