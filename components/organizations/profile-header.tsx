import { getLocale, getTranslations } from "next-intl/server";
import type { OrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import type { Locale } from "@/lib/i18n/config";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { OrganizationLogo } from "./organization-logo";
import { displayName } from "./organization-name";
import { getRegionName } from "@/components/i18n/data-names";

/** Logo, names, badge, region and website; `heading` is h1 on a page of its own. */
export async function ProfileHeader({
  profile,
  heading: Heading = "h1",
}: {
  profile: OrganizationProfile;
  heading?: "h1" | "h2";
}) {
  const [t, locale, regionName] = await Promise.all([
    getTranslations("profile"),
    getLocale(),
    getRegionName(),
  ]);
  const name = displayName(profile, locale as Locale);
  const otherName = name === profile.name ? profile.nameEn : profile.name;
  return (
    <header className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6 sm:flex-row sm:items-center">
      <OrganizationLogo
        orgId={profile.id}
        logoFileId={profile.logoFileId}
        name={profile.name}
        size="lg"
      />
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <Heading className="text-2xl font-bold leading-snug">{name}</Heading>
          {profile.verificationStatus === "VERIFIED" && <VerifiedBadge />}
        </div>
        {otherName && <p className="mt-0.5 text-slate-500">{otherName}</p>}
        <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-1 text-sm">
          <div className="flex gap-2">
            <dt className="text-slate-500">{t("region")}</dt>
            <dd>{profile.region ? regionName(profile.region) : "—"}</dd>
          </div>
          {profile.website && (
            <div className="flex gap-2">
              <dt className="text-slate-500">{t("website")}</dt>
              <dd>
                <a
                  href={profile.website}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="break-all text-brand-700 underline underline-offset-2 hover:text-brand-900"
                >
                  {profile.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </div>
    </header>
  );
}
