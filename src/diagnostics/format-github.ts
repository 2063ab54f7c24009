import type { Diagnostic } from "./diagnostic.js";
import { displayPath, visible } from "./display-path.js";
import type { FormatOptions } from "./format.js";

// GitHub workflow commands need %, CR and LF escaped in data, and also : and , in properties;
// other control characters (an escape sequence in a program's name) are written out visibly.
const data = (s: string) =>
  visible(s).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const prop = (s: string) => data(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

/** GitHub Actions annotations, shown on the pull request's changed lines. */
export function formatGithub(diagnostics: readonly Diagnostic[], { cwd }: FormatOptions): string {
  return diagnostics
    .map((d) => {
      const message = d.revision === undefined ? d.message : `${d.revision}: ${d.message}`;
      const text = d.hint ? `${message}\n${d.hint}` : message;
      return `::${d.severity} file=${prop(displayPath(d.file, cwd))},line=${d.line},col=${d.column},title=${prop(d.code)}::${data(text)}\n`;
    })
    .join("");
}
