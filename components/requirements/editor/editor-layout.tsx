import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dashboardHref } from "@/components/dashboard/dashboard-href";

/**
 * The editor's page: a way back to the dashboard, the heading, notices, then the form (with the
 * attachments) beside a column for the draft's status and next step (below it on phones).
 */
export async function EditorLayout({
  heading,
  notices,
  aside,
  children,
}: {
  heading: React.ReactNode;
  notices?: React.ReactNode;
  aside: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = await getTranslations("authoring.editor");
  return (
    <div className="space-y-6">
      <div>
        <Link
          href={dashboardHref()}
          className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          ← {t("backToDashboard")}
        </Link>
        <div className="mt-2">{heading}</div>
      </div>
      {notices}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
        <div className="min-w-0 space-y-6">{children}</div>
        <aside className="space-y-4 lg:sticky lg:top-6">{aside}</aside>
      </div>
    </div>
  );
}

/** A small titled card of the editor's side column. */
export function AsideCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="mb-2 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}
