import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { contactEmail, icpFilingNumber } from "@/lib/config";

// The MIIT's filing register, which a filing number shown on a site links to.
const ICP_REGISTER = "https://beian.miit.gov.cn/";

const linkClass = "text-slate-600 underline underline-offset-2 hover:text-brand-700";

/** Contact, terms, privacy, the API documentation and, when configured, the ICP filing number. */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  const email = contactEmail();
  const icp = icpFilingNumber();
  const links = [
    { href: "/terms", label: t("terms") },
    { href: "/privacy", label: t("privacy") },
    { href: "/api-docs", label: t("apiDocs") },
  ];
  return (
    <footer className="border-t border-slate-200 bg-white py-6 text-sm text-slate-500">
      <div className="mx-auto flex max-w-6xl flex-col items-center gap-3 px-4 text-center">
        <p>{t("text")}</p>
        <nav aria-label={t("label")}>
          <ul className="flex flex-wrap justify-center gap-x-5 gap-y-2">
            {email && (
              <li>
                {t("contact")}
                {t("separator")}
                <a href={`mailto:${email}`} className={`${linkClass} break-all`}>
                  {email}
                </a>
              </li>
            )}
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {icp && (
          <p>
            <a href={ICP_REGISTER} target="_blank" rel="noopener noreferrer" className={linkClass}>
              {icp}
            </a>
          </p>
        )}
      </div>
    </footer>
  );
}
