import { getLocale, getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import type { Locale } from "@/lib/i18n/config";
import { tagLabel } from "@/lib/taxonomy";
import { BudgetText } from "./budget-text";
import { DeadlineText } from "./deadline-text";
import { getRegionName } from "@/components/i18n/data-names";

/** The key facts a vendor decides on first (budget, deadlines, region, industry), as a grid. */
export async function RequirementFacts({ requirement: r }: { requirement: RequirementDetail }) {
  const [t, locale, regionName] = await Promise.all([
    getTranslations("requirement"),
    getLocale() as Promise<Locale>,
    getRegionName(),
  ]);
  const facts: [string, React.ReactNode][] = [
    [t("budget"), <BudgetText key="b" min={r.budgetMinCny} max={r.budgetMaxCny} />],
    [t("deadline"), <DeadlineText key="d" deadline={r.deadline} />],
  ];
  if (r.questionDeadline) {
    facts.push([t("questionDeadline"), <DeadlineText key="q" deadline={r.questionDeadline} />]);
  }
  facts.push(
    [t("region"), r.region ? regionName(r.region) : "—"],
    [t("industry"), tagLabel(r.industry, locale)],
  );
  return (
    <dl className="mt-5 grid grid-cols-2 gap-x-4 gap-y-4 border-t border-slate-100 pt-5 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]">
      {facts.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-sm text-slate-500">{label}</dt>
          <dd className="mt-0.5 font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
