import { addAmounts, budgetLines, type Amount } from "../budget/amount.js";
import type { ProgramModel } from "../model/document-model.js";

/** One program as a spreadsheet row: text columns, then the budget per year and its total. */
export interface ProgramRow {
  dimension: string;
  element: string;
  id: string;
  name: string;
  lead: string | null;
  supporting: string;
  start: number;
  end: number;
  quickWin: boolean;
  /** Per year of the table: null where the program plans nothing that year. */
  budget: Array<Amount | null>;
  total: Amount | null;
  sources: string;
}

export interface ProgramTable {
  years: number[];
  rows: ProgramRow[];
  /** The column sums, known parts only; `complete` says whether they are the whole. */
  totals: Array<Amount | null>;
  total: Amount | null;
}

/**
 * Programs and budgets as a table: one row per program, a column per budget year of the plan.
 * An unknown amount stays unknown (its cell is incomplete), never 0.
 */
export function programTable(
  programs: readonly ProgramModel[],
  sourceLabel: (id: string) => string,
): ProgramTable {
  const lines = programs.map((p) => budgetLines(p));
  const years = [...new Set(lines.flat().map((l) => l.year))].sort((a, b) => a - b);
  const rows = programs.map((p, i): ProgramRow => {
    const byYear = years.map((y) =>
      lines[i]!.filter((l) => l.year === y).reduce<Amount | null>(
        (s, l) => addAmounts(s, l.amount),
        null,
      ),
    );
    return {
      dimension: p.dimensionName,
      element: p.elementName,
      id: p.id,
      name: p.name,
      lead: p.lead ? (p.lead.abbreviation ?? p.lead.name) : null,
      supporting: p.supporting.map((a) => a.abbreviation ?? a.name).join(", "),
      start: p.start,
      end: p.end,
      quickWin: p.quickWin,
      budget: byYear,
      total: byYear.reduce<Amount | null>(addAmounts, null),
      sources: [...new Set((p.budget ?? []).map((b) => sourceLabel(b.source)))].join(", "),
    };
  });
  const totals = years.map((_, c) =>
    rows.reduce<Amount | null>((s, r) => addAmounts(s, r.budget[c]!), null),
  );
  return { years, rows, totals, total: totals.reduce<Amount | null>(addAmounts, null) };
}
