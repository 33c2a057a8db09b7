import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { getCriterionName } from "@/components/i18n/data-names";
import { Panel } from "@/components/ui/panel";

/** The evaluation criteria with what each judges and its weight, and the total. */
export async function CriteriaPanel({ criteria }: { criteria: RequirementDetail["criteria"] }) {
  const [t, criterionName] = await Promise.all([
    getTranslations("requirement"),
    getCriterionName(),
  ]);
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <Panel id="criteria" title={t("criteria")}>
      <p className="-mt-1 mb-3 text-sm text-slate-500">{t("criteriaIntro")}</p>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-slate-500">
            <th scope="col" className="pb-2 font-normal">
              {t("criterion")}
            </th>
            <th scope="col" className="w-16 pb-2 text-right font-normal">
              {t("weight")}
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.name} className="border-t border-slate-100 align-top">
              <td className="py-2.5 pr-3">
                <span className="font-medium text-slate-900">{criterionName(c.name)}</span>
                {c.description && (
                  <p className="mt-0.5 whitespace-pre-line text-slate-600">{c.description}</p>
                )}
              </td>
              <td className="py-2.5 text-right font-semibold tabular-nums">{c.weight}%</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-200 text-slate-500">
            <th scope="row" className="pt-2.5 text-left font-normal">
              {t("criteriaTotal")}
            </th>
            <td className="pt-2.5 text-right tabular-nums">{total}%</td>
          </tr>
        </tfoot>
      </table>
    </Panel>
  );
}
