import type { Diagnostic } from "./diagnostic.js";
import { formatCompact } from "./format-compact.js";
import { formatGithub } from "./format-github.js";
import { formatJson } from "./format-json.js";
import { formatPretty } from "./format-pretty.js";

export interface FormatOptions {
  /** Paths are printed relative to this folder. */
  cwd: string;
  color: boolean;
  /** Source texts by absolute path, for code frames. */
  sources?: ReadonlyMap<string, string>;
  /** The files a change touched (absolute paths): their problems are annotated first. */
  changed?: ReadonlySet<string> | undefined;
  /**
   * For people (pretty): at most this many problems are shown, errors first, and a line counts
   * the rest; 0 or none shows all. The other formats list every problem.
   */
  maxProblems?: number | undefined;
}

/** What a person at a terminal is shown unless they ask for more, as Redocly CLI does. */
export const MAX_PROBLEMS = 100;

export const FORMATS = {
  pretty: formatPretty,
  compact: formatCompact,
  json: formatJson,
  github: formatGithub,
} as const;

export type Format = keyof typeof FORMATS;

export function formatDiagnostics(
  format: Format,
  diagnostics: readonly Diagnostic[],
  options: FormatOptions,
): string {
  return FORMATS[format](diagnostics, options);
}
