import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { getNotificationPreferences } from "@/lib/domain/notifications/get-notification-preferences";
import { NotificationPreferencesForm } from "@/components/notifications/notification-preferences-form";

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
      <section
        aria-labelledby="account-mail"
        className="rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="account-mail" className="text-lg font-semibold">
          {t("accountMailTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("accountMailText")}</p>
      </section>
    </div>
  );
}
