import type { Baseline, IndicatorRow } from "./document-model.js";

type BaselineInput =
  number | null | { value: number | null; year?: number | null; source?: string | null };

/** A baseline as written (a bare number, or value with year and source); null when unmeasured. */
export function baseline(input: BaselineInput): Baseline | null {
  if (input === null) return null;
  if (typeof input === "number") return { value: input, year: null, source: null };
  if (input.value === null) return null;
  return { value: input.value, year: input.year ?? null, source: input.source ?? null };
}

/**
 * Indicator rows against the given target columns (years or stage ids): an indicator without
 * a target in a column has an empty cell; one whose target is left blank (null) shows a blank.
 */
export function indicatorRows(
  indicators: ReadonlyArray<{
    name: string;
    unit: string | null;
    baseline: BaselineInput;
    targets: Record<string, number | null | undefined>;
  }>,
  columns: readonly string[],
): IndicatorRow[] {
  return indicators.map((i) => ({
    name: i.name,
    unit: i.unit,
    baseline: baseline(i.baseline),
    targets: columns.map((c) => (c in i.targets ? { value: i.targets[c] ?? null } : null)),
  }));
}

/** The distinct sources of the baselines, for a table's source line. */
export function baselineSources(rows: readonly IndicatorRow[]): string | null {
  const sources = [
    ...new Set(rows.map((r) => r.baseline?.source).filter((s): s is string => Boolean(s))),
  ];
  return sources.length ? sources.join("; ") : null;
}
