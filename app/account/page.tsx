import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { getAccountSettings } from "@/lib/domain/accounts/get-account-settings";
import { Panel } from "@/components/ui/panel";
import {
  ChangeEmailForm,
  ChangePasswordForm,
  ProfileForm,
  SignOutEverywhereForm,
} from "@/components/account/account-settings-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** The signed-in user's settings: name and language, email, password, sessions. */
export default async function AccountPage() {
  const actor = await requireSignedInPage("/account");
  const [t, settings] = await Promise.all([getTranslations("account"), getAccountSettings(actor)]);
  return (
    <div className="space-y-6">
      <Panel id="profile" title={t("profileTitle")}>
        <ProfileForm name={settings.name} locale={settings.locale} />
      </Panel>
      <Panel id="email" title={t("emailTitle")}>
        <p className="mb-4 text-sm text-slate-700">
          {t("currentEmail")}
          <span className="font-medium break-all text-slate-900">{settings.email}</span>
        </p>
        {settings.pendingEmail && (
          <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("pendingEmail", { email: settings.pendingEmail })}
          </p>
        )}
        <ChangeEmailForm />
      </Panel>
      <Panel id="password" title={t("passwordTitle")}>
        <ChangePasswordForm />
      </Panel>
      <Panel id="sessions" title={t("sessionsTitle")}>
        <SignOutEverywhereForm />
      </Panel>
    </div>
  );
}
