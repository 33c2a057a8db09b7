import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { getNotificationPreferences } from "@/lib/domain/notifications/get-notification-preferences";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationPreferences");
  return { title: t("title") };
}

/** Per kind of notice: in-app, email, both or off; vendor members also choose their digest. */
export default async function NotificationPreferencesPage() {
  const actor = await requireSignedInPage("/account/notifications");
  const [t, tTypes, preferences] = await Promise.all([
    getTranslations("notificationPreferences"),
    getTranslations("notifications.types"),
    getNotificationPreferences(actor),
  ]);
  const types = preferences.types.map((p) => ({
    ...p,
    label: tTypes(`${p.type}.label` as never),
  }));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <NotificationPreferencesForm types={types} digest={preferences.digest} />
      <Panel id="account-mail" title={t("accountMailTitle")}>
        <p className="text-sm text-slate-700">{t("accountMailText")}</p>
      </Panel>
    </div>
  );
}
