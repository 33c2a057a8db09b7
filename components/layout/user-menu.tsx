import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { getViewer } from "@/lib/domain/accounts/get-viewer";
import { HeaderMenu } from "./header-menu";
import { SignOutButton } from "./sign-out-button";
import { ButtonLink } from "@/components/ui/button";

/** An entry of the menu: a row of the phone's drop-down, a plain link on wide screens. */
const itemClass =
  "px-4 py-2 text-left text-slate-700 hover:bg-slate-50 hover:text-brand-700 md:p-0 md:hover:bg-transparent";

export async function UserMenu() {
  const [t, viewer] = await Promise.all([getTranslations("auth"), currentActor().then(getViewer)]);
  if (!viewer) {
    return (
      <div className="flex items-center gap-3 text-sm">
        <Link href="/sign-in" className="text-slate-700 hover:text-brand-700">
          {t("signIn")}
        </Link>
        <ButtonLink href="/sign-up" size="small">
          {t("signUp")}
        </ButtonLink>
      </div>
    );
  }
  const kind = viewer.organization?.kind;
  const links = [
    ...(viewer.isAdmin ? [{ href: "/admin", label: t("admin") }] : []),
    ...(kind === "ENTERPRISE"
      ? [
          { href: "/dashboard", label: t("myRequirements") },
          { href: "/dashboard/questions", label: t("questionInbox") },
        ]
      : []),
    ...(kind === "VENDOR" ? [{ href: "/workspace/bookmarks", label: t("mySaved") }] : []),
    ...(viewer.organization ? [{ href: "/organization", label: t("myOrganization") }] : []),
    { href: "/account", label: t("account") },
  ];
  return (
    <HeaderMenu label={t("menu")}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} className={itemClass}>
          {link.label}
        </Link>
      ))}
      {/* Who is signed in: on phones the drop-down's heading, with the email. */}
      <span
        className="order-first mb-1 truncate border-b border-slate-100 px-4 pb-2 font-medium text-slate-900 md:order-none md:mb-0 md:border-0 md:p-0 md:font-normal md:text-slate-500"
        title={viewer.email}
      >
        {viewer.name}
        <span className="block truncate text-xs font-normal text-slate-500 md:hidden">
          {viewer.email}
        </span>
      </span>
      <SignOutButton label={t("signOut")} className={`${itemClass} md:text-slate-600`} />
    </HeaderMenu>
  );
}
