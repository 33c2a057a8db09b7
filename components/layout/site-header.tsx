import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const tVendors = await getTranslations("vendors");
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:gap-8">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-xl font-bold text-brand-700">{t("brand")}</span>
          <span className="hidden text-sm text-slate-500 sm:inline">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("brand")} className="flex-1">
          <ul className="flex gap-6 text-sm font-medium">
            <li>
              <Link href="/" className="text-slate-700 hover:text-brand-700">
                {t("requirements")}
              </Link>
            </li>
            <li>
              <Link href="/vendors" className="text-slate-700 hover:text-brand-700">
                {tVendors("nav")}
              </Link>
            </li>
          </ul>
        </nav>
        <UserMenu />
        <LocaleSwitch />
      </div>
    </header>
  );
}
