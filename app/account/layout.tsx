import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { SectionLayout } from "@/components/layout/section-layout";
import { ClientMessages } from "@/components/i18n/client-messages";

/** "My account": the signed-in user's own settings and their API tokens. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireSignedInPage("/account");
  const [t, tNotifications] = await Promise.all([
    getTranslations("account"),
    getTranslations("notificationPreferences"),
  ]);
  return (
    <ClientMessages scope="account">
      <SectionLayout
        title={t("title")}
        tabs={[
          { href: "/account", label: t("tabSettings") },
          { href: "/account/notifications", label: tNotifications("tab") },
          { href: "/account/tokens", label: t("tabTokens") },
        ]}
      >
        {children}
      </SectionLayout>
    </ClientMessages>
  );
}
