import type { Diagnostic } from "./diagnostic.js";
import { diagnosticFile, visible } from "./display-path.js";
import type { FormatOptions } from "./format.js";

/** One line per problem: `file:line:column: severity message [code]`, like a compiler. */
export function formatCompact(diagnostics: readonly Diagnostic[], { cwd }: FormatOptions): string {
  return diagnostics
    .map(
      (d) =>
        `${diagnosticFile(d, cwd)}:${d.line}:${d.column}: ${d.severity} ${visible(d.message, true)} [${d.code}]\n`,
    )
    .join("");
}
