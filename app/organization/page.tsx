import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import {
  getOrganizationProfile,
  type OrganizationProfile,
} from "@/lib/domain/organizations/get-organization-profile";
import { Panel } from "@/components/ui/panel";
import { InsiderFacts } from "@/components/organizations/insider-facts";
import { LogoForm } from "@/components/organizations/logo-form";
import { OrganizationLogo } from "@/components/organizations/organization-logo";
import { OwnerCaseStudies } from "@/components/organizations/owner-case-studies";
import { OwnerCertifications } from "@/components/organizations/owner-certifications";
import { ProfileForm } from "@/components/organizations/profile-form";
import { ProfileHeader } from "@/components/organizations/profile-header";
import { ProfileSections } from "@/components/organizations/profile-sections";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

async function OwnerProfile({ profile }: { profile: OrganizationProfile }) {
  const t = await getTranslations("profile");
  const isVendor = profile.kind === "VENDOR";
  return (
    <>
      <Panel id="basics" title={t("sectionBasics")}>
        <ProfileForm
          isVendor={isVendor}
          verification={{
            status: profile.verificationStatus,
            verifiedAs: profile.insider?.verifiedName
              ? {
                  legalName: profile.insider.verifiedName,
                  creditCode: profile.insider.verifiedCreditCode,
                }
              : null,
          }}
          values={{
            name: profile.name,
            nameEn: profile.nameEn ?? "",
            creditCode: profile.insider?.creditCode ?? "",
            region: profile.region ?? "",
            industries: profile.industries,
            capabilities: profile.capabilities,
            domesticStack: profile.domesticStack,
            description: profile.description,
            website: profile.website ?? "",
          }}
        />
      </Panel>
      <Panel id="logo" title={t("sectionLogo")}>
        <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
          <OrganizationLogo
            orgId={profile.id}
            logoFileId={profile.logoFileId}
            name={profile.name}
            size="lg"
          />
          <div className="flex-1">
            <LogoForm />
          </div>
        </div>
      </Panel>
      {isVendor && <OwnerCaseStudies profile={profile} />}
      {isVendor && <OwnerCertifications profile={profile} />}
    </>
  );
}

/** The signed-in user's organization: owners edit it, members read it. */
export default async function OrganizationProfilePage() {
  const actor = await requireSignedInPage("/organization");
  const t = await getTranslations("profile");
  if (!actor.orgId)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
        {t("noOrganization")}
      </p>
    );
  const profile = await getOrganizationProfile(actor, actor.orgId);
  return (
    <div className="space-y-6">
      <ProfileHeader profile={profile} heading="h2" />
      <InsiderFacts profile={profile} />
      {profile.canEdit ? (
        <OwnerProfile profile={profile} />
      ) : (
        <>
          <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
            {t("readOnlyNote")}
          </p>
          <ProfileSections profile={profile} />
        </>
      )}
    </div>
  );
}
