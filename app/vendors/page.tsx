import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { listVendors } from "@/lib/domain/organizations/list-vendors";
import { PageLinks } from "@/components/organizations/page-links";
import { VendorCard } from "@/components/organizations/vendor-card";
import { VendorFilters } from "@/components/organizations/vendor-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vendors");
  return { title: t("title") };
}

/** The public vendor directory, filtered by the URL's search parameters. */
export default async function VendorDirectoryPage({ searchParams }: PageProps<"/vendors">) {
  const [t, result] = await Promise.all([
    getTranslations("vendors"),
    listVendors(await currentActor(), await searchParams),
  ]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>
      <VendorFilters filters={result.filters} />
      <p className="text-sm text-slate-600" role="status">
        {t("count", { total: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-500">
          {t("empty")}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((vendor) => (
            <li key={vendor.id}>
              <VendorCard vendor={vendor} />
            </li>
          ))}
        </ul>
      )}
      <PageLinks filters={result.filters} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
