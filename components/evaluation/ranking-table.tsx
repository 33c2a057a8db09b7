import { getLocale, getTranslations } from "next-intl/server";
import type { getRanking } from "@/lib/domain/evaluation/read-scores";
import { formatCnyExact } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import { cellClass, rowHeaderClass, Table } from "@/components/ui/table";

type Ranking = Awaited<ReturnType<typeof getRanking>>;

/** A spread between evaluators this large (points of 100) is marked for a second look. */
const LARGE_SPREAD = 20;

const one = (value: number | null) => (value === null ? "—" : value.toFixed(1));

/**
 * The comparison table: proposals side by side, each criterion's mean over the submitted
 * evaluators with its spread (max − min), the weighted overall score and the rank; below it,
 * each proposal's scores by evaluator.
 */
export async function RankingTable({ ranking }: { ranking: Ranking }) {
  const [t, locale] = await Promise.all([
    getTranslations("evaluation.ranking"),
    getLocale() as Promise<Locale>,
  ]);
  const rows = [...ranking.rows].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999));
  const columns = [
    { label: t("rank") },
    { label: t("vendor") },
    { label: t("price") },
    { label: t("delivery") },
    { label: t("team") },
    ...ranking.criteria.map((c) => ({ label: t("criterion", { name: c.name, weight: c.weight }) })),
    { label: t("overall") },
  ];
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("basis", { count: ranking.evaluators.length, spread: LARGE_SPREAD })}
      </p>
      <Table caption={t("caption")} columns={columns} framed>
        {rows.map((row) => (
          <tr key={row.proposalId}>
            <td className={cellClass}>{row.rank ?? "—"}</td>
            <th scope="row" className={rowHeaderClass}>
              {row.vendorName}
            </th>
            <td className={`${cellClass} whitespace-nowrap`}>
              {formatCnyExact(row.priceCny, locale)}
            </td>
            <td className={cellClass}>
              {row.deliveryMonths === null ? "—" : t("months", { months: row.deliveryMonths })}
            </td>
            <td className={cellClass}>
              {row.team.length === 0
                ? "—"
                : row.team
                    .map((m) => t("teamMember", { role: m.role, count: m.count }))
                    .join(t("separator"))}
            </td>
            {row.criteria.map((c) => {
              const large = c.spread !== null && c.spread >= LARGE_SPREAD;
              return (
                <td key={c.criterionId} className={`${cellClass} ${large ? "bg-amber-50" : ""}`}>
                  <span className="font-medium">{one(c.score)}</span>
                  <span className="block text-xs text-slate-600">
                    {c.byFormula ? t("byFormula") : t("spread", { spread: one(c.spread) })}
                  </span>
                  {large && (
                    <span className="block text-xs font-medium text-amber-800">
                      {t("largeSpread")}
                    </span>
                  )}
                </td>
              );
            })}
            <td className={`${cellClass} font-semibold`}>{one(row.overall)}</td>
          </tr>
        ))}
      </Table>
      {rows.map((row) => (
        <details key={row.proposalId} className="rounded-md border border-slate-200 p-3 text-sm">
          <summary className="cursor-pointer font-medium">
            {t("byEvaluator", { vendor: row.vendorName })}
          </summary>
          <div className="mt-3">
            <Table
              caption={t("byEvaluator", { vendor: row.vendorName })}
              columns={[
                { label: t("evaluator") },
                ...ranking.criteria.filter((c) => !c.priceFormula).map((c) => ({ label: c.name })),
              ]}
              framed
            >
              {ranking.evaluators.map((evaluator) => (
                <tr key={evaluator.id}>
                  <th scope="row" className={rowHeaderClass}>
                    {evaluator.name}
                  </th>
                  {ranking.criteria
                    .filter((c) => !c.priceFormula)
                    .map((c) => {
                      const cell = row.scores.find(
                        (s) => s.evaluatorId === evaluator.id && s.criterionId === c.id,
                      );
                      return (
                        <td key={c.id} className={cellClass}>
                          <span className="font-medium">{cell?.score ?? "—"}</span>
                          {cell?.comment && (
                            <span className="block text-xs text-slate-600">{cell.comment}</span>
                          )}
                        </td>
                      );
                    })}
                </tr>
              ))}
            </Table>
          </div>
        </details>
      ))}
    </div>
  );
}
