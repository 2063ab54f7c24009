import { summarize, type Diagnostic } from "./diagnostic.js";
import { displayPath } from "./display-path.js";
import type { FormatOptions } from "./format.js";

/** The machine-readable report: `{"version":1,"summary":{...},"diagnostics":[...]}`. */
export function formatJson(diagnostics: readonly Diagnostic[], { cwd }: FormatOptions): string {
  const report = {
    version: 1,
    summary: summarize(diagnostics),
    diagnostics: diagnostics.map((d) => ({
      file: displayPath(d.file, cwd),
      ...(d.revision !== undefined ? { revision: d.revision } : {}),
      line: d.line,
      column: d.column,
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.hint ? { hint: d.hint } : {}),
      ...(d.related
        ? { related: d.related.map((r) => ({ ...r, file: displayPath(r.file, cwd) })) }
        : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
