import type { Amount } from "../budget/amount.js";
import type { ProgramTable } from "./program-table.js";
import { safeText } from "./safe-cell.js";
import { HEADINGS as H } from "./table-columns.js";

/** The list separators a spreadsheet may expect: `,`, or `;` for an Indonesian-locale Excel. */
export type Delimiter = "," | ";" | "\t";

/** A cell quoted the RFC 4180 way when it needs it; a text never reads as a formula. */
function cell(value: string | number, delimiter: Delimiter): string {
  const text = typeof value === "number" ? String(value) : safeText(value);
  return /["\r\n]/.test(text) || text.includes(delimiter)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** A known amount as a plain number; an unknown one as words, never 0; nothing as empty. */
function amount(a: Amount | null): string | number {
  if (a === null) return "";
  if (!a.complete && a.known === 0) return H.unknown;
  return a.known;
}

/**
 * The program table as CSV: UTF-8 with a byte order mark, so spreadsheet programs read the
 * accents right, and CRLF line ends. Amounts are whole Rupiah without separators; a total
 * over unknown amounts carries its known part and a note.
 */
export function programsCsv(table: ProgramTable, delimiter: Delimiter = ","): string {
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
  ];
  const note = (a: Amount | null) => (a && !a.complete ? H.partlyUnknown : "");
  const rows = table.rows.map((r) => [
    r.dimension,
    r.element,
    r.id,
    r.name,
    r.nomenclature,
    r.lead ?? H.unknown,
    r.supporting,
    r.start ?? H.unknown,
    r.end ?? H.unknown,
    r.quickWin ? H.yes : H.no,
    ...r.budget.map(amount),
    amount(r.total),
    r.sources,
    r.proposed,
    note(r.total),
  ]);
  const totals = [
    H.totalRow,
    ...Array<string>(9).fill(""),
    ...table.totals.map(amount),
    amount(table.total),
    "",
    "",
    note(table.total),
  ];
  const line = (r: Array<string | number>) => r.map((c) => cell(c, delimiter)).join(delimiter);
  return `\uFEFF${[head, ...rows, totals].map(line).join("\r\n")}\r\n`;
}
