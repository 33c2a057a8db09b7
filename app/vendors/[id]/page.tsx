import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { getOrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { DomainError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import { displayName } from "@/components/organizations/organization-name";
import { ProfileHeader } from "@/components/organizations/profile-header";
import { ProfileSections } from "@/components/organizations/profile-sections";
import { TrackRecordPanel } from "@/components/contracts/track-record";
import { getTrackRecord } from "@/lib/domain/contracts/get-track-record";

/** The vendor's public profile; unknown ids and enterprises are "not found". */
const loadVendor = cache(async (id: string) => {
  try {
    const profile = await getOrganizationProfile(await currentActor(), id);
    if (profile.kind !== "VENDOR") notFound();
    return profile;
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps<"/vendors/[id]">): Promise<Metadata> {
  const profile = await loadVendor((await params).id);
  return { title: displayName(profile, (await getLocale()) as Locale) };
}

export default async function VendorProfilePage({ params }: PageProps<"/vendors/[id]">) {
  const profile = await loadVendor((await params).id);
  const [t, record] = await Promise.all([getTranslations("vendors"), getTrackRecord(profile.id)]);
  return (
    <article className="space-y-6">
      <Link
        href="/vendors"
        className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        ← {t("backToDirectory")}
      </Link>
      <ProfileHeader profile={profile} />
      <TrackRecordPanel record={record} />
      <ProfileSections profile={profile} />
    </article>
  );
}
