import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { Panel } from "@/components/ui/panel";

/** The evaluation criteria and their weights. */
export async function CriteriaPanel({ criteria }: { criteria: RequirementDetail["criteria"] }) {
  const t = await getTranslations("requirement");
  if (criteria.length === 0) return null;
  return (
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
          {criteria.map((c) => (
            <tr key={c.name} className="border-t border-slate-100">
              <td className="py-2">{c.name}</td>
              <td className="py-2 text-right font-medium">{c.weight}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
