import { getTranslations } from "next-intl/server";

/** The home page's headline figures, in a compact row. */
export async function MarketplaceStats({
  stats,
}: {
  stats: { openRequirements: number; enterprises: number; vendors: number };
}) {
  const t = await getTranslations("home");
  const figures = [
    [t("statRequirements"), stats.openRequirements],
    [t("statEnterprises"), stats.enterprises],
    [t("statVendors"), stats.vendors],
  ] as const;
  return (
    <dl className="flex shrink-0 gap-6 sm:gap-8">
      {figures.map(([label, value]) => (
        <div key={label} className="flex flex-col-reverse">
          <dt className="text-xs whitespace-nowrap text-brand-100 sm:text-sm">{label}</dt>
          <dd className="text-xl font-semibold sm:text-2xl">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
