import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { getViewer } from "@/lib/domain/accounts/get-viewer";
import { SignOutButton } from "./sign-out-button";

export async function UserMenu() {
  const [t, viewer] = await Promise.all([getTranslations("auth"), currentActor().then(getViewer)]);
  if (!viewer) {
    return (
      <div className="flex items-center gap-3 text-sm">
        <Link href="/sign-in" className="text-slate-700 hover:text-brand-700">
          {t("signIn")}
        </Link>
        <Link
          href="/sign-up"
          className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
        >
          {t("signUp")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-4 text-sm">
      {viewer.isAdmin && (
        <Link href="/admin" className="text-slate-700 hover:text-brand-700">
          {t("admin")}
        </Link>
      )}
      {viewer.organization?.kind === "ENTERPRISE" && (
        <Link href="/dashboard" className="text-slate-700 hover:text-brand-700">
          {t("myRequirements")}
        </Link>
      )}
      {viewer.organization?.kind === "VENDOR" && (
        <Link href="/workspace/bookmarks" className="text-slate-700 hover:text-brand-700">
          {t("mySaved")}
        </Link>
      )}
      {viewer.organization && (
        <Link href="/organization" className="text-slate-700 hover:text-brand-700">
          {t("myOrganization")}
        </Link>
      )}
      <Link href="/account/tokens" className="text-slate-700 hover:text-brand-700">
        {t("account")}
      </Link>
      <span className="hidden text-slate-500 md:inline" title={viewer.email}>
        {viewer.name}
      </span>
      <SignOutButton label={t("signOut")} />
    </div>
  );
}
