import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";

/** What only the organization's members see: credit code and verification status, with links. */
export async function InsiderFacts({ profile }: { profile: OrganizationProfile }) {
  const t = await getTranslations("profile");
  return (
    <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-slate-500">{t("creditCode")}</dt>
        <dd className="mt-0.5 font-mono">{profile.insider?.creditCode ?? t("notProvided")}</dd>
      </div>
      <div>
        <dt className="text-slate-500">{t("verification")}</dt>
        <dd className="mt-0.5">
          {t(`verificationStatus.${profile.verificationStatus}`)}
          {profile.verificationStatus !== "VERIFIED" && (
            <Link
              href="/organization/verification"
              className="ml-2 text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("goVerify")}
            </Link>
          )}
        </dd>
      </div>
      {profile.kind === "VENDOR" && (
        <div>
          <dt className="text-slate-500">{t("publicPage")}</dt>
          <dd className="mt-0.5">
            <Link
              href={`/vendors/${profile.id}`}
              className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {t("viewPublicPage")}
            </Link>
          </dd>
        </div>
      )}
    </dl>
  );
}
