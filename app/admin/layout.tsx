import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { SectionLayout } from "@/components/layout/section-layout";
import { admin } from "@/lib/auth/guards";
import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * The admin console: the review queues (requirements, reports, verifications), users,
 * organizations and caught mail; admins only.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireSignedInPage("/admin");
  const t = await getTranslations("admin");
  if (!admin.can(actor)) {
    return (
      <section className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-8 text-center">
        <p className="text-sm font-semibold text-slate-500">403</p>
        <h1 className="mt-2 text-xl font-bold">{t("forbiddenTitle")}</h1>
        <p className="mt-3 text-slate-600">{t("forbiddenText")}</p>
        <Link
          href="/"
          className="mt-6 inline-block text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {t("backHome")}
        </Link>
      </section>
    );
  }
  return (
    <SectionLayout
      title={t("title")}
      tabs={[
        { href: "/admin/requirements", label: t("tabRequirements") },
        { href: "/admin/reports", label: t("tabReports") },
        { href: "/admin/verifications", label: t("tabVerifications") },
        { href: "/admin/users", label: t("tabUsers") },
        { href: "/admin/organizations", label: t("tabOrganizations") },
        { href: "/admin/mail", label: t("tabMail") },
        { href: "/admin/jobs", label: t("tabJobs") },
      ]}
    >
      <ClientMessages scope="admin">{children}</ClientMessages>
    </SectionLayout>
  );
}
