import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { DomainError } from "@/lib/domain/errors";
import type { Locale } from "@/lib/i18n/config";
import { RequirementFacts } from "@/components/requirements/requirement-facts";
import { StatusBadge } from "@/components/requirements/status-badge";
import { TagList } from "@/components/requirements/tag-list";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { Markdown } from "@/components/ui/markdown";
import { Panel } from "@/components/ui/panel";

async function loadRequirement(id: string) {
  try {
    return await getRequirement(await currentActor(), id);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function RequirementPage({ params }: PageProps<"/requirements/[id]">) {
  const { id } = await params;
  const r = await loadRequirement(id);
  const [t, format, locale] = await Promise.all([
    getTranslations("requirement"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const orgName =
    locale === "en" && r.organization.nameEn ? r.organization.nameEn : r.organization.name;
  return (
    <article className="space-y-6">
      <Link href="/" className="text-sm text-brand-700 hover:underline">
        ← {t("backToList")}
      </Link>
      <header className="rounded-lg border border-slate-200 bg-white p-6">
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={r.status} />
          {r.publishedAt && (
            <span>
              {t("publishedAt", { date: format.dateTime(r.publishedAt, { dateStyle: "medium" }) })}
            </span>
          )}
        </div>
        <h1 className="mt-3 text-2xl font-bold leading-snug">{r.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-700">
          <span className="text-slate-500">{t("publisher")}</span>
          <span className="font-medium">{orgName}</span>
          {r.organization.verificationStatus === "VERIFIED" && <VerifiedBadge />}
        </p>
        <RequirementFacts requirement={r} />
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Panel id="summary" title={t("summary")}>
            <p className="leading-relaxed text-slate-800">{r.summary}</p>
            <div className="mt-4">
              <h3 className="mb-2 text-sm text-slate-500">{t("capabilities")}</h3>
              <TagList slugs={r.capabilities} label={t("capabilities")} />
            </div>
          </Panel>
          {r.fullText ? (
            <>
              <Panel id="details" title={t("description")}>
                <Markdown source={r.fullText.description} />
              </Panel>
              {r.fullText.qualifications && (
                <Panel id="qualifications" title={t("qualifications")}>
                  <Markdown source={r.fullText.qualifications} />
                </Panel>
              )}
            </>
          ) : (
            <p className="rounded-lg border border-dashed border-brand-600/30 bg-brand-50 p-5 text-sm text-brand-900">
              {t("signInForDetails")}
            </p>
          )}
        </div>
        <aside className="space-y-6">
          {r.criteria.length > 0 && (
            <Panel id="criteria" title={t("criteria")}>
              <table className="w-full text-sm">
                <thead>
                  <tr className="text-left text-slate-500">
                    <th scope="col" className="pb-2 font-normal">
                      {t("criterion")}
                    </th>
                    <th scope="col" className="pb-2 text-right font-normal">
                      {t("weight")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.criteria.map((c) => (
                    <tr key={c.name} className="border-t border-slate-100">
                      <td className="py-2">{c.name}</td>
                      <td className="py-2 text-right font-medium">{c.weight}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Panel>
          )}
        </aside>
      </div>
    </article>
  );
}
