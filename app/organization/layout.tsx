import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { SectionTabs } from "@/components/layout/section-tabs";

/** "My organization": profile, members and verification, for members of an organization. */
export default async function OrganizationLayout({ children }: { children: React.ReactNode }) {
  await requireSignedInPage("/organization");
  const t = await getTranslations("organization");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <SectionTabs
        label={t("title")}
        tabs={[
          { href: "/organization", label: t("tabProfile") },
          { href: "/organization/members", label: t("tabMembers") },
          { href: "/organization/verification", label: t("tabVerification") },
        ]}
      />
      {children}
    </div>
  );
}
