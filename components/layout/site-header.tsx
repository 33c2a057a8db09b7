import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";
import { NotificationBell } from "./notification-bell";
import { UserMenu } from "./user-menu";

/** Brand, main navigation, the user's menu and the language switch; on phones the navigation takes a second row. */
export async function SiteHeader() {
  const [t, tVendors] = await Promise.all([getTranslations("nav"), getTranslations("vendors")]);
  const links = [
    { href: "/", label: t("requirements") },
    { href: "/vendors", label: tVendors("nav") },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:h-16 sm:flex-nowrap sm:gap-x-8 sm:py-0">
        <Link href="/" className="flex items-baseline gap-2 whitespace-nowrap">
          <span className="text-xl font-bold text-brand-700">{t("brand")}</span>
          <span className="hidden text-sm text-slate-500 lg:inline">{t("tagline")}</span>
        </Link>
        <nav
          aria-label={t("brand")}
          className="order-last w-full sm:order-none sm:w-auto sm:flex-1"
        >
          <ul className="flex gap-6 text-sm font-medium whitespace-nowrap">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-slate-700 hover:text-brand-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 whitespace-nowrap sm:ml-0 sm:gap-4">
          <NotificationBell />
          <UserMenu />
          <LocaleSwitch />
        </div>
      </div>
    </header>
  );
}
