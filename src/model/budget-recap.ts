import type { Matrix, ProgramModel, StageModel } from "./document-model.js";

/** Rows × columns of summed amounts, with row, column and grand totals. */
function matrix(
  rowKeys: string[],
  rowLabels: string[],
  columnKeys: string[],
  columnLabels: string[],
  lines: Array<{ row: string; column: string; amount: number }>,
): Matrix {
  const cells = rowKeys.map(() => columnKeys.map(() => 0));
  for (const { row, column, amount } of lines) {
    const r = rowKeys.indexOf(row);
    const c = columnKeys.indexOf(column);
    if (r >= 0 && c >= 0) cells[r]![c]! += amount;
  }
  const rows = rowKeys.map((_, r) => ({
    label: rowLabels[r]!,
    cells: cells[r]!,
    total: cells[r]!.reduce((a, b) => a + b, 0),
  }));
  const totals = columnKeys.map((_, c) => rows.reduce((sum, row) => sum + row.cells[c]!, 0));
  return { columns: columnLabels, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}

/** Years (rows) × dimensions (columns): a portrait page holds six columns better than twenty. */
export function budgetByYearAndDimension(
  programs: readonly ProgramModel[],
  dimensions: ReadonlyArray<{ id: string; name: string }>,
): Matrix {
  const years = [...new Set(programs.flatMap((p) => p.budget.map((b) => b.year)))].sort(
    (a, b) => a - b,
  );
  return matrix(
    years.map(String),
    years.map(String),
    dimensions.map((d) => d.id),
    dimensions.map((d) => d.name),
    programs.flatMap((p) =>
      p.budget.map((b) => ({ row: String(b.year), column: p.dimensionId, amount: b.amount })),
    ),
  );
}

/**
 * Funding sources (rows, only those the plan uses) × stages (columns): eight sources side by
 * side would not fit a portrait page, four stages do.
 */
export function budgetBySourceAndStage(
  programs: readonly ProgramModel[],
  stages: readonly StageModel[],
  sourceOrder: readonly string[],
  sourceLabel: (id: string) => string,
): Matrix {
  const used = new Set(programs.flatMap((p) => p.budget.map((b) => b.source)));
  const sources = sourceOrder.filter((s) => used.has(s));
  const stageOf = (year: number) => stages.find((s) => year >= s.start && year <= s.end)?.id ?? "";
  return matrix(
    sources,
    sources.map(sourceLabel),
    stages.map((s) => s.id),
    stages.map((s) => `${s.name} (${s.start}–${s.end})`),
    programs.flatMap((p) =>
      p.budget.map((b) => ({ row: b.source, column: stageOf(b.year), amount: b.amount })),
    ),
  );
}
