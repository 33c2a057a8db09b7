import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { SectionLayout } from "@/components/layout/section-layout";
import { ClientMessages } from "@/components/i18n/client-messages";

/** "My organization": profile, members and verification, for members of an organization. */
export default async function OrganizationLayout({ children }: { children: React.ReactNode }) {
  await requireSignedInPage("/organization");
  const t = await getTranslations("organization");
  return (
    <ClientMessages scope="organization">
      <SectionLayout
        title={t("title")}
        tabs={[
          { href: "/organization", label: t("tabProfile") },
          { href: "/organization/members", label: t("tabMembers") },
          { href: "/organization/verification", label: t("tabVerification") },
        ]}
      >
        {children}
      </SectionLayout>
    </ClientMessages>
  );
}
