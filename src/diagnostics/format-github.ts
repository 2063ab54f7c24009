import { t, tn } from "../i18n/language.js";
import type { Diagnostic } from "./diagnostic.js";
import { repoPath, visible } from "./display-path.js";
import type { FormatOptions } from "./format.js";

/** GitHub shows this many annotations of each severity per step, and drops the rest. */
export const ANNOTATIONS_PER_SEVERITY = 10;

// GitHub workflow commands need %, CR and LF escaped in data, and also : and , in properties;
// other control characters (an escape sequence in a program's name) are written out visibly.
const data = (s: string) =>
  visible(s).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const prop = (s: string) => data(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * GitHub Actions annotations, shown on the pull request's changed lines: the ten most
 * important errors and warnings (errors first, then the files the change touched), since GitHub
 * shows no more per step, and one notice counting the rest, which the job summary lists.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const ranked = rank(diagnostics, options.changed);
  const shown = new Map<string, number>();
  const lines: string[] = [];
  let rest = 0;
  for (const d of ranked) {
    const count = shown.get(d.severity) ?? 0;
    if (count >= ANNOTATIONS_PER_SEVERITY) {
      rest++;
      continue;
    }
    shown.set(d.severity, count + 1);
    lines.push(annotation(d, options.cwd));
  }
  if (rest > 0) lines.push(`::notice title=masterplan::${data(tn("github.rest", rest))}\n`);
  return lines.join("");
}

/** Errors before warnings; within each, the files a change touched before the others. */
function rank(diagnostics: readonly Diagnostic[], changed?: ReadonlySet<string>): Diagnostic[] {
  const weight = (d: Diagnostic) =>
    (d.severity === "error" ? 0 : 2) + (changed && !changed.has(d.file) ? 1 : 0);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => weight(a.d) - weight(b.d) || a.i - b.i)
    .map(({ d }) => d);
}

function annotation(d: Diagnostic, cwd: string): string {
  const message = d.revision === undefined ? d.message : `${d.revision}: ${d.message}`;
  const text = d.hint ? `${message}\n${d.hint}` : message;
  return `::${d.severity} file=${prop(repoPath(d.file, cwd))},line=${d.line},col=${d.column},title=${prop(d.code)}::${data(text)}\n`;
}

/** Every problem as a Markdown table for the job summary, where no limit applies. */
export function githubSummary(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const cell = (s: string) => visible(s, true).replaceAll("|", "\\|");
  const rows = rank(diagnostics, options.changed).map(
    (d) =>
      `| ${t(d.severity === "error" ? "severity.error" : "severity.warning")} | \`${cell(repoPath(d.file, options.cwd))}:${d.line}:${d.column}\` | ${cell(d.message)} | \`${d.code}\` |`,
  );
  const head = `## ${t("github.summary-title")}\n\n${tn("summary.problems", diagnostics.length)}\n\n`;
  if (!rows.length) return head;
  return `${head}| ${t("github.col-severity")} | ${t("github.col-where")} | ${t("github.col-message")} | ${t("github.col-code")} |\n| --- | --- | --- | --- |\n${rows.join("\n")}\n`;
}
