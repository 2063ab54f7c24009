/** Where a problem sits: an absolute file path and a 1-based line and column. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/**
 * The character offset a location stands for, when it knows one (`locateLater` in load): two
 * locations of one text are ordered by it without counting lines.
 */
export const OFFSET = Symbol("offset");

export type Severity = "error" | "warning";

/** A problem found in a plan. Expected problems are returned as data, never thrown. */
export interface Diagnostic extends Location {
  /** Stable id such as `yaml/duplicate-key`, `schema/required`, `ref/unknown-agency`. */
  code: string;
  severity: Severity;
  /** One plain sentence. */
  message: string;
  hint?: string;
  /** Other places that explain this one ("first defined here"). */
  related?: Array<Location & { message: string }>;
  /**
   * The git revision the file was read from (`HEAD~1`); none for a file on disk. `file` is
   * then where the file sits in the working tree, and the file is shown as `HEAD~1:programs/…`.
   */
  revision?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === "error") errors++;
  return { errors, warnings: diagnostics.length - errors };
}

/**
 * Sorts by file, then position, then code, so every formatter prints in a stable order. Two
 * diagnostics of one text that both know their offset (`OFFSET`) are ordered by it, which orders
 * them as their lines and columns would without working those out.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.revision === b.revision ? samePlace(a, b) : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** The order of two diagnostics of one text by offset when both know it; 0 when either does not. */
function samePlace(a: Diagnostic, b: Diagnostic): number {
  const x = (a as { [OFFSET]?: number })[OFFSET];
  const y = x === undefined ? undefined : (b as { [OFFSET]?: number })[OFFSET];
  return x === undefined || y === undefined ? 0 : x - y;
}

/** `--strict`: every warning counts as an error. */
export function promoteWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === "warning" ? { ...d, severity: "error" } : d));
}

/** The key of a diagnostic's source text in a map of texts: its path, with its revision if any. */
export function sourceKey(d: { file: string; revision?: string }): string {
  return d.revision === undefined ? d.file : `${d.revision}:${d.file}`;
}
