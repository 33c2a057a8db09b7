import { getLocale, getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import type { Locale } from "@/lib/i18n/config";
import { tagLabel } from "@/lib/taxonomy";
import { BudgetText } from "./budget-text";
import { DeadlineText } from "./deadline-text";

/** The key facts of a requirement (budget, deadlines, industry, region, delivery terms) as a grid. */
export async function RequirementFacts({ requirement: r }: { requirement: RequirementDetail }) {
  const [t, td, locale] = await Promise.all([
    getTranslations("requirement"),
    getTranslations("deploymentMode"),
    getLocale() as Promise<Locale>,
  ]);
  const facts: [string, React.ReactNode][] = [
    [t("budget"), <BudgetText key="b" min={r.budgetMinCny} max={r.budgetMaxCny} />],
    [t("deadline"), <DeadlineText key="d" deadline={r.deadline} />],
    [t("industry"), tagLabel(r.industry, locale)],
    [t("region"), r.region ?? "—"],
  ];
  if (r.questionDeadline) {
    facts.push([t("questionDeadline"), <DeadlineText key="q" deadline={r.questionDeadline} />]);
  }
  if (r.deploymentMode) facts.push([t("deploymentMode"), td(r.deploymentMode)]);
  if (r.durationMonths)
    facts.push([t("duration"), t("durationMonths", { months: r.durationMonths })]);
  facts.push([
    t("domesticStack"),
    r.domesticStackRequired ? t("domesticStackYes") : t("domesticStackNo"),
  ]);
  return (
    <dl className="mt-5 grid grid-cols-2 gap-4 border-t border-slate-100 pt-5 lg:grid-cols-4">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-slate-500">{label}</dt>
          <dd className="mt-0.5 font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
