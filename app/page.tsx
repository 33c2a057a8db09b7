import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { listPublishedRequirements } from "@/lib/domain/requirements/list-published-requirements";
import { getMarketplaceStats } from "@/lib/domain/marketplace/get-marketplace-stats";
import { RequirementCard } from "@/components/requirements/requirement-card";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const { cursor } = await searchParams;
  const actor = await currentActor();
  const [t, page, stats] = await Promise.all([
    getTranslations("home"),
    listPublishedRequirements(actor, { cursor: typeof cursor === "string" ? cursor : undefined }),
    getMarketplaceStats(actor),
  ]);
  const figures = [
    [t("statRequirements"), stats.openRequirements],
    [t("statEnterprises"), stats.enterprises],
    [t("statVendors"), stats.vendors],
  ] as const;

  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-gradient-to-br from-brand-800 to-brand-600 px-6 py-8 text-white sm:px-10">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("heroTitle")}</h1>
        <p className="mt-3 max-w-3xl text-brand-50">{t("heroText")}</p>
        <dl className="mt-6 flex flex-wrap gap-8">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-brand-100">{label}</dt>
              <dd className="text-2xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest" className="mb-4 text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {page.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-500">
            {t("empty")}
          </p>
        ) : (
          <ul className="space-y-4">
            {page.items.map((requirement) => (
              <li key={requirement.id}>
                <RequirementCard requirement={requirement} />
              </li>
            ))}
          </ul>
        )}
        <nav className="mt-6 flex justify-between text-sm" aria-label={t("listTitle")}>
          {cursor ? (
            <Link href="/" className="text-brand-700 hover:underline">
              {t("firstPage")}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Link href={`/?cursor=${page.nextCursor}`} className="text-brand-700 hover:underline">
              {t("nextPage")}
            </Link>
          )}
        </nav>
      </section>
    </div>
  );
}
