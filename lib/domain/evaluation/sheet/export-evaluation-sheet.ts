import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { evaluationSheetSchema } from "../evaluation.schema";
import { getRanking } from "../read-scores";
import { SHEET_CONTENT_TYPES, toCsv, toXlsx } from "./sheet-files";
import { evaluationSheet, sheetFileName } from "./sheet-table";

export interface SheetFile {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

/**
 * The evaluation sheet (评分表) as an XLSX or CSV file, in Chinese or English. It is the ranking,
 * read through getRanking: whoever may read the comparison table may export it, nobody else.
 */
export async function exportEvaluationSheet(
  actor: Actor,
  input: { requirementId: string; format?: string; locale?: string },
): Promise<SheetFile> {
  const { requirementId, format, locale } = parseInput(evaluationSheetSchema, input);
  const ranking = await getRanking(actor, { requirementId });
  const { projectNumber } = await db.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: { projectNumber: true },
  });
  const sheet = evaluationSheet(ranking, locale);
  return {
    body: format === "xlsx" ? await toXlsx(sheet) : toCsv(sheet),
    contentType: SHEET_CONTENT_TYPES[format],
    fileName: `${sheetFileName(locale, projectNumber ?? requirementId)}.${format}`,
  };
}
