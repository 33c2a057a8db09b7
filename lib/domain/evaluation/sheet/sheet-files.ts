import "server-only";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { SheetFormat } from "../evaluation.schema";
import type { Cell, CellKind, EvaluationSheet, SheetTable } from "./sheet-table";

export const SHEET_CONTENT_TYPES: Record<SheetFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  score: "0.00",
};

function addWorksheet(workbook: ExcelJS.Workbook, table: SheetTable) {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header, i) => ({
    header,
    width: Math.min(40, Math.max(10, header.length * 2 + 2)),
    style: { numFmt: NUMBER_FORMATS[table.kinds[i]!] },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  for (const row of table.rows) sheet.addRow(row);
}

/** The sheet as an Excel workbook: the comparison, then the criteria; scores keep every digit. */
export async function toXlsx(sheet: EvaluationSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "智配";
  addWorksheet(workbook, sheet.comparison);
  addWorksheet(workbook, sheet.criteria);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvCell(value: Cell, kind: CellKind): string {
  if (value === null) return "";
  return kind === "score" && typeof value === "number" ? value.toFixed(2) : String(value);
}

/**
 * The comparison as CSV (RFC 4180, CRLF), with a UTF-8 byte order mark so that Excel reads the
 * Chinese as UTF-8; the weights are in the criteria's column headers.
 */
export function toCsv(sheet: EvaluationSheet): Uint8Array {
  const { headers, kinds, rows } = sheet.comparison;
  const text = stringify(
    [headers, ...rows.map((row) => row.map((v, i) => csvCell(v, kinds[i]!)))],
    {
      bom: true,
      record_delimiter: "windows",
    },
  );
  return new TextEncoder().encode(text);
}
