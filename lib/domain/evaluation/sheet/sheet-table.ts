import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/messages";
import type { rankingOf } from "../read-scores";

export type Ranking = Awaited<ReturnType<typeof rankingOf>>;
type Row = Ranking["rows"][number];

/** How a column's values are written: text, a whole number, or a score (two decimals). */
export type CellKind = "text" | "integer" | "score";
export type Cell = string | number | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
  value: (row: Row) => Cell;
}

export interface SheetTable {
  name: string;
  headers: string[];
  kinds: CellKind[];
  rows: Cell[][];
}

/** The two tables of the evaluation sheet: the comparison, and the criteria with their weights. */
export interface EvaluationSheet {
  comparison: SheetTable;
  criteria: SheetTable;
}

function translator(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale] });
  return (key: string, params?: Record<string, string | number>) =>
    t(key as never, params as never);
}
type T = ReturnType<typeof translator>;

/** Each scored criterion's mean, each evaluator's score and the spread; a formula's one score. */
function criterionColumns(ranking: Ranking, t: T): SheetColumn[] {
  return ranking.criteria.flatMap((criterion, index): SheetColumn[] => {
    const result = (row: Row) => row.criteria[index]!;
    const params = { name: criterion.name, weight: criterion.weight };
    if (criterion.priceFormula) {
      const header = t("evaluationSheet.criterionByFormula", params);
      return [{ header, kind: "score", value: (row) => result(row).score }];
    }
    const evaluators = ranking.evaluators.map((evaluator, n) => ({
      header: t("evaluationSheet.evaluatorScore", {
        criterion: criterion.name,
        evaluator: evaluator.name ?? t("evaluationSheet.unnamedEvaluator", { n: n + 1 }),
      }),
      kind: "score" as const,
      value: (row: Row) =>
        row.scores.find((s) => s.criterionId === criterion.id && s.evaluatorId === evaluator.id)
          ?.score ?? null,
    }));
    return [
      {
        header: t("evaluationSheet.criterionScore", params),
        kind: "score",
        value: (row) => result(row).score,
      },
      ...evaluators,
      {
        header: t("evaluationSheet.spread", { criterion: criterion.name }),
        kind: "score",
        value: (row) => result(row).spread,
      },
    ];
  });
}

function comparisonColumns(ranking: Ranking, t: T): SheetColumn[] {
  return [
    { header: t("evaluationSheet.rank"), kind: "integer", value: (row) => row.rank },
    { header: t("evaluationSheet.vendor"), kind: "text", value: (row) => row.vendorName },
    {
      header: t("evaluationSheet.status"),
      kind: "text",
      value: (row) => t(`proposals.status.${row.status}`),
    },
    { header: t("evaluationSheet.price"), kind: "integer", value: (row) => row.priceCny },
    { header: t("evaluationSheet.delivery"), kind: "integer", value: (row) => row.deliveryMonths },
    ...criterionColumns(ranking, t),
    { header: t("evaluationSheet.overall"), kind: "score", value: (row) => row.overall },
  ];
}

/** Ranked rows first, best first; unranked ones (a score missing) after, by vendor. */
function byRank(a: Row, b: Row): number {
  if (a.rank !== b.rank) return (a.rank ?? Infinity) - (b.rank ?? Infinity);
  return a.vendorName.localeCompare(b.vendorName, "zh-CN");
}

/**
 * The evaluation sheet of `ranking` in `locale`: exactly the numbers of the comparison table
 * (the ranking is computed once, by rankingOf), laid out for a spreadsheet.
 */
export function evaluationSheet(ranking: Ranking, locale: Locale): EvaluationSheet {
  const t = translator(locale);
  const columns = comparisonColumns(ranking, t);
  const rows = [...ranking.rows].sort(byRank);
  return {
    comparison: {
      name: t("evaluationSheet.comparisonSheet"),
      headers: columns.map((c) => c.header),
      kinds: columns.map((c) => c.kind),
      rows: rows.map((row) => columns.map((c) => c.value(row))),
    },
    criteria: {
      name: t("evaluationSheet.criteriaSheet"),
      headers: ["criterionName", "weight", "method"].map((k) => t(`evaluationSheet.${k}`)),
      kinds: ["text", "integer", "text"],
      rows: ranking.criteria.map((c) => [
        c.name,
        c.weight,
        t(c.priceFormula ? "evaluationSheet.byFormula" : "evaluationSheet.byEvaluators"),
      ]),
    },
  };
}

/** The file name without extension: the project number, or the requirement id before one. */
export function sheetFileName(locale: Locale, number: string): string {
  return translator(locale)("evaluationSheet.fileName", { number });
}
