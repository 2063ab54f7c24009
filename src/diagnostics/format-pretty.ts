import { Chalk } from "chalk";
import { sourceKey, summarize, type Diagnostic } from "./diagnostic.js";
import { codeFrame, splitLines } from "./code-frame.js";
import { diagnosticFile, displayPath, visible } from "./display-path.js";
import type { FormatOptions } from "./format.js";
import { t, tn } from "../i18n/language.js";

/** For people at a terminal: location, message, the source line, the hint, and a summary. */
export function formatPretty(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const split = new Map<string, string[]>();
  // A plan of thousands of files may have thousands of messages: each file's name is worked
  // out once.
  const shown = new Map<string, string>();
  const show = (file: string, revision?: string) => {
    const key = revision === undefined ? file : `${revision}:${file}`;
    let name = shown.get(key);
    if (name === undefined)
      shown.set(
        key,
        (name =
          revision === undefined
            ? displayPath(file, options.cwd)
            : diagnosticFile({ file, revision }, options.cwd)),
      );
    return name;
  };
  const labels = {
    error: c.red.bold(t("severity.error")),
    warning: c.yellow.bold(t("severity.warning")),
  };
  const where = (file: string, line: number, column: number) =>
    t("pretty.where", { file, line, column });
  const listed = firstProblems(diagnostics, options.maxProblems);
  const blocks = listed.map((d) => {
    const lines = [
      t("pretty.line", {
        where: c.bold(where(show(d.file, d.revision), d.line, d.column)),
        severity: labels[d.severity],
        message: visible(d.message, true),
        code: c.dim(d.code),
      }),
    ];
    const key = sourceKey(d);
    const text = options.sources?.get(key);
    if (text !== undefined) {
      let sourceLines = split.get(key);
      if (!sourceLines) split.set(key, (sourceLines = splitLines(text)));
      const frame = codeFrame(sourceLines, d.line, d.column);
      if (frame) lines.push(c.dim(frame.replace(/^/gm, "  ")));
    }
    if (d.hint) lines.push(`  ${c.cyan(t("pretty.hint"))} ${visible(d.hint, true)}`);
    for (const r of d.related ?? [])
      lines.push(
        `  ${c.dim(`${where(show(r.file, d.revision), r.line, r.column)}: ${r.message}`)}`,
      );
    return lines.join("\n");
  });
  const { errors, warnings } = summarize(diagnostics);
  const picked = new Set(listed);
  const hidden = summarize(diagnostics.filter((d) => !picked.has(d)));
  if (listed.length < diagnostics.length)
    blocks.push(
      `${c.bold(
        tn("pretty.hidden", diagnostics.length - listed.length, {
          errors: tn("summary.errors", hidden.errors),
          warnings: tn("summary.warnings", hidden.warnings),
        }),
      )}\n  ${c.cyan(t("pretty.hint"))} ${t("pretty.hidden-hint")}`,
    );
  const summary =
    errors + warnings === 0
      ? c.green(t("summary.none"))
      : `${errors ? c.red(tn("summary.errors", errors)) : tn("summary.errors", 0)}, ${tn("summary.warnings", warnings)}.`;
  return [...blocks, summary].join("\n\n") + "\n";
}

/**
 * The problems a person is shown: all of them up to `max`, or else the first `max` with every
 * error before any warning, in their order. Only these are worded and located.
 */
function firstProblems(diagnostics: readonly Diagnostic[], max: number | undefined) {
  if (!max || diagnostics.length <= max) return diagnostics;
  let room = max - diagnostics.filter((d) => d.severity === "error").length;
  if (room <= 0) return diagnostics.filter((d) => d.severity === "error").slice(0, max);
  return diagnostics.filter((d) => d.severity === "error" || room-- > 0);
}
