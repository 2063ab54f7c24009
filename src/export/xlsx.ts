import type { Cell, SheetData } from "write-excel-file/node";
import type { Amount } from "../budget/amount.js";
import type { ProgramTable } from "./program-table.js";
import { safeText } from "./safe-cell.js";
import { HEADINGS as H } from "./table-columns.js";

/** Whole Rupiah, shown with thousands separators in the reader's own locale. */
const RUPIAH = '"Rp" #,##0';

function amount(a: Amount | null, bold = false): Cell {
  if (a === null || (!a.complete && a.known === 0))
    return a === null ? null : { value: H.unknown, type: String };
  return { value: a.known, type: Number, format: RUPIAH, ...(bold ? { fontWeight: "bold" } : {}) };
}

/**
 * The program table as an XLSX workbook: years and amounts are number cells (amounts in a
 * Rupiah format), the last row holds the totals, and the heading row stays in view.
 */
export async function programsXlsx(table: ProgramTable): Promise<Uint8Array> {
  // Loaded only when a workbook is asked for.
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const text = (value: string, bold = false): Cell => ({
    value: safeText(value),
    type: String,
    ...(bold ? { fontWeight: "bold" } : {}),
  });
  const number = (value: number): Cell => ({ value, type: Number });
  const head = [
    H.dimension,
    H.element,
    H.id,
    H.name,
    H.nomenclature,
    H.lead,
    H.supporting,
    H.start,
    H.end,
    H.quickWin,
    ...table.years.map(H.budget),
    H.total,
    H.sources,
    H.proposed,
    H.note,
  ].map((h) => text(h, true));
  const note = (a: Amount | null): Cell => (a && !a.complete ? text(H.partlyUnknown) : null);
  const rows = table.rows.map((r) => [
    text(r.dimension),
    text(r.element),
    text(r.id),
    text(r.name),
    r.nomenclature ? text(r.nomenclature) : null,
    text(r.lead ?? H.unknown),
    text(r.supporting),
    r.start === null ? text(H.unknown) : number(r.start),
    r.end === null ? text(H.unknown) : number(r.end),
    text(r.quickWin ? H.yes : H.no),
    ...r.budget.map((a) => amount(a)),
    amount(r.total, true),
    text(r.sources),
    r.proposed ? text(r.proposed) : null,
    note(r.total),
  ]);
  const totals = [
    text(H.totalRow, true),
    ...Array<Cell>(9).fill(null),
    ...table.totals.map((a) => amount(a, true)),
    amount(table.total, true),
    null,
    null,
    note(table.total),
  ];
  const widths = [
    18,
    22,
    28,
    48,
    24,
    16,
    28,
    12,
    12,
    10,
    ...table.years.map(() => 18),
    20,
    18,
    22,
    30,
  ];
  const data: SheetData = [head, ...rows, totals];
  const file = writeXlsxFile(data, {
    sheet: "Program",
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  });
  return new Uint8Array(await file.toBuffer());
}
