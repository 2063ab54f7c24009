import { addAmounts, budgetLines, type Amount } from "../budget/amount.js";
import type { Matrix, MatrixCell, ProgramModel, StageModel } from "./document-model.js";

interface Line {
  row: string;
  column: string;
  amount: Amount;
}

/**
 * Rows × columns of summed amounts, with row, column and grand totals; unknowns stay unknown.
 * A line no cell holds (a budget of unknown years, a year outside every stage) leaves the grand
 * total incomplete rather than silently smaller.
 */
function matrix(
  rows: ReadonlyArray<{ key: string; label: string }>,
  columns: ReadonlyArray<{ key: string; label: string }>,
  lines: readonly Line[],
): Matrix {
  const cells: MatrixCell[][] = rows.map(() => columns.map(() => null));
  let unplaced = false;
  for (const { row, column, amount } of lines) {
    const r = rows.findIndex((x) => x.key === row);
    const c = columns.findIndex((x) => x.key === column);
    if (r >= 0 && c >= 0) cells[r]![c] = addAmounts(cells[r]![c]!, amount);
    else unplaced = true;
  }
  const sum = (list: readonly MatrixCell[]) => list.reduce<MatrixCell>(addAmounts, null);
  const out = rows.map((row, r) => ({ label: row.label, cells: cells[r]!, total: sum(cells[r]!) }));
  const totals = columns.map((_, c) => sum(out.map((row) => row.cells[c]!)));
  return {
    columns: columns.map((c) => c.label),
    rows: out,
    totals,
    total: unplaced ? addAmounts(sum(totals), { known: 0, complete: false }) : sum(totals),
  };
}

/** Years (rows) × dimensions (columns): a portrait page holds six columns better than twenty. */
export function budgetByYearAndDimension(
  programs: readonly ProgramModel[],
  dimensions: ReadonlyArray<{ id: string; name: string }>,
): Matrix {
  const lines = programs.flatMap((p) =>
    budgetLines(p).map((l) => ({
      row: l.year === null ? "" : String(l.year),
      column: p.dimensionId,
      amount: l.amount,
    })),
  );
  const years = [...new Set(lines.filter((l) => l.row).map((l) => Number(l.row)))].sort(
    (a, b) => a - b,
  );
  return matrix(
    years.map((y) => ({ key: String(y), label: String(y) })),
    dimensions.map((d) => ({ key: d.id, label: d.name })),
    lines,
  );
}

/** The row key of budget lines whose source is not known. */
const UNKNOWN_SOURCE = "";

/**
 * Funding sources (rows, only those the plan uses) × stages (columns): eight sources side by
 * side would not fit a portrait page, four stages do.
 */
export function budgetBySourceAndStage(
  programs: readonly ProgramModel[],
  stages: readonly StageModel[],
  sourceOrder: readonly string[],
  sourceLabel: (id: string | null) => string,
): Matrix {
  const stageOf = (year: number | null) =>
    stages.find((s) => year !== null && year >= s.start && year <= s.end)?.id ?? "";
  const lines = programs.flatMap((p) =>
    budgetLines(p).map((l) => ({
      row: l.source ?? UNKNOWN_SOURCE,
      column: stageOf(l.year),
      amount: l.amount,
    })),
  );
  const used = new Set(lines.map((l) => l.row));
  const sources = [...sourceOrder, UNKNOWN_SOURCE].filter((s) => used.has(s));
  return matrix(
    sources.map((s) => ({ key: s, label: sourceLabel(s === UNKNOWN_SOURCE ? null : s) })),
    stages.map((s) => ({ key: s.id, label: `${s.name} (${s.start}–${s.end})` })),
    lines,
  );
}
