import { Chalk } from "chalk";
import { summarize, type Diagnostic } from "./diagnostic.js";
import { codeFrame, splitLines } from "./code-frame.js";
import { displayPath, visible } from "./display-path.js";
import type { FormatOptions } from "./format.js";

/** For people at a terminal: location, message, the source line, the hint, and a summary. */
export function formatPretty(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const split = new Map<string, string[]>();
  const blocks = diagnostics.map((d) => {
    const label = d.severity === "error" ? c.red.bold("error") : c.yellow.bold("warning");
    const lines = [
      `${c.bold(`${displayPath(d.file, options.cwd)}:${d.line}:${d.column}`)} ${label} ${visible(d.message, true)} ${c.dim(d.code)}`,
    ];
    const text = options.sources?.get(d.file);
    if (text !== undefined) {
      let sourceLines = split.get(d.file);
      if (!sourceLines) split.set(d.file, (sourceLines = splitLines(text)));
      const frame = codeFrame(sourceLines, d.line, d.column);
      if (frame) lines.push(c.dim(frame.replace(/^/gm, "  ")));
    }
    if (d.hint) lines.push(`  ${c.cyan("hint:")} ${visible(d.hint, true)}`);
    for (const r of d.related ?? [])
      lines.push(
        `  ${c.dim(`${displayPath(r.file, options.cwd)}:${r.line}:${r.column}: ${r.message}`)}`,
      );
    return lines.join("\n");
  });
  const { errors, warnings } = summarize(diagnostics);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const summary =
    errors + warnings === 0
      ? c.green("No problems found.")
      : `${errors ? c.red(plural(errors, "error")) : "0 errors"}, ${plural(warnings, "warning")}.`;
  return [...blocks, summary].join("\n\n") + "\n";
}
