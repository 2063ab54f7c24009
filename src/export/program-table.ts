import { addAmounts, budgetLines, type Amount } from "../budget/amount.js";
import type { AgencyRef, ProgramModel } from "../model/document-model.js";

/** One program as a spreadsheet row: text columns, then the budget per year and its total. */
export interface ProgramRow {
  dimension: string;
  element: string;
  id: string;
  name: string;
  /** SIPD codes, "; " between. */
  nomenclature: string;
  lead: string | null;
  supporting: string;
  start: number | null;
  end: number | null;
  quickWin: boolean;
  /** Per year of the table: null where the program plans nothing that year. */
  budget: Array<Amount | null>;
  total: Amount | null;
  sources: string;
  /** What of the program is the drafting team's proposal: the program, budget years; or "". */
  proposed: string;
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
/** "program; anggaran 2025, 2026": the parts of a program the drafting team proposed. */
function proposedParts(p: ProgramModel, words: { program: string; budget: string }): string {
  const years = [...new Set((p.budget ?? []).filter((b) => b.proposed).map((b) => b.year))];
  return [
    ...(p.proposed ? [words.program] : []),
    ...(years.length ? [`${words.budget} ${years.join(", ")}`] : []),
  ].join("; ");
}

export function programTable(
  programs: readonly ProgramModel[],
  words: {
    source: (id: string | null) => string;
    unassigned: string;
    program: string;
    budget: string;
  },
): ProgramTable {
  const agency = (a: AgencyRef) => (a.unassigned ? words.unassigned : (a.abbreviation ?? a.name));
  const lines = programs.map((p) => budgetLines(p));
  const years = [...new Set(lines.flat().flatMap((l) => (l.year === null ? [] : [l.year])))].sort(
    (a, b) => a - b,
  );
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
      nomenclature: p.nomenclature.join("; "),
      lead: p.lead ? agency(p.lead) : null,
      supporting: p.supporting.map(agency).join(", "),
      start: p.start,
      end: p.end,
      quickWin: p.quickWin,
      budget: byYear,
      // A budget of unknown years has no year column, but its total is still unknown.
      total: lines[i]!.reduce<Amount | null>((s, l) => addAmounts(s, l.amount), null),
      sources: [...new Set((p.budget ?? []).map((b) => words.source(b.source)))].join(", "),
      proposed: proposedParts(p, words),
    };
  });
  const totals = years.map((_, c) =>
    rows.reduce<Amount | null>((s, r) => addAmounts(s, r.budget[c]!), null),
  );
  return {
    years,
    rows,
    totals,
    total: rows.reduce<Amount | null>((s, r) => addAmounts(s, r.total), null),
  };
}
