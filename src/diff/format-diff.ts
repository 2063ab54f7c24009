import { yearSpan } from "../text/year-span.js";
import {
  amountText,
  deltaText,
  fieldText,
  nameText,
  programChangeLines,
  programLine,
  summaryLines,
} from "./describe.js";
import type { PlanDiff } from "./plan-diff.js";
import { visible } from "../diagnostics/display-path.js";

export const DIFF_FORMATS = ["text", "markdown", "json"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/**
 * The report in a format. Text from the plan may hold control characters (an escape sequence
 * in a program's name would move a terminal's cursor or clear it): they are written out
 * visibly; JSON escapes them itself.
 */
export function formatDiff(diff: PlanDiff, format: DiffFormat): string {
  if (format === "json") return `${JSON.stringify(diff, null, 2)}\n`;
  return visible(format === "markdown" ? markdown(diff) : text(diff));
}

/** For a terminal or a CI log. */
function text(d: PlanDiff): string {
  const out = [`Changes from ${d.base} to ${d.head}`, ...summaryLines(d)];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push("", title, ...lines);
  };
  section(
    "Added programs",
    d.programs.added.map((p) => `  + ${programLine(p)}`),
  );
  section(
    "Removed programs",
    d.programs.removed.map((p) => `  - ${programLine(p)}`),
  );
  section(
    "Changed programs",
    d.programs.changed.flatMap((c) => [
      `  ~ ${c.id} ${nameText(c.name)} (${c.dimension})`,
      ...programChangeLines(c).map((l) => `      ${l}`),
    ]),
  );
  const sums = (rows: PlanDiff["budget"]["byYear" | "byDimension"]) =>
    rows.map((r) => {
      const delta = deltaText(r.before, r.after);
      return `  ${r.label}: ${amountText(r.before)} → ${amountText(r.after)}${delta ? ` (${delta})` : ""}`;
    });
  section("Budget by dimension", sums(d.budget.byDimension));
  section("Budget by year", sums(d.budget.byYear));
  section(
    "Other files",
    d.files.flatMap((f) => [`  ${f.file}`, ...f.changes.map((c) => `      ${fieldText(c)}`)]),
  );
  return `${out.join("\n")}\n`;
}

/** Markdown escaped for a table cell or a list item. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** For a pull-request comment or a job summary: a summary table first, then the details. */
function markdown(d: PlanDiff): string {
  const s = d.summary;
  const out = [
    `### Masterplan changes: \`${d.base}\` → \`${d.head}\``,
    "",
    "| | |",
    "|---|---|",
    `| Programs added | ${s.added} |`,
    `| Programs removed | ${s.removed} |`,
    `| Programs moved | ${s.moved} |`,
    `| Programs changed | ${s.changed} |`,
    `| Budget before | ${amountText(s.budget.before)} |`,
    `| Budget after | ${amountText(s.budget.after)} |`,
  ];
  const delta = deltaText(s.budget.before, s.budget.after);
  if (delta) out.push(`| Budget change | ${delta} |`);
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push("", `#### ${title}`, "", ...lines);
  };
  const item = (p: PlanDiff["programs"]["added"][number]) =>
    `- **${md(p.name ?? "(no name yet)")}** (\`${p.id}\`), ${md(p.dimension)}, ${yearSpan(p.start, p.end, "?")}${p.quickWin ? ", quick win" : ""}: ${amountText(p.budget)}`;
  section("Added programs", d.programs.added.map(item));
  section("Removed programs", d.programs.removed.map(item));
  section(
    "Changed programs",
    d.programs.changed.flatMap((c) => [
      `- **${md(c.name ?? "(no name yet)")}** (\`${c.id}\`), ${md(c.dimension)}`,
      ...programChangeLines(c).map((l) => `  - ${md(l)}`),
    ]),
  );
  const table = (head: string, rows: PlanDiff["budget"]["byYear" | "byDimension"]) =>
    rows.length
      ? [
          `| ${head} | Before | After | Change |`,
          "|---|---:|---:|---:|",
          ...rows.map(
            (r) =>
              `| ${md(r.label)} | ${amountText(r.before)} | ${amountText(r.after)} | ${deltaText(r.before, r.after) || "–"} |`,
          ),
        ]
      : [];
  section("Budget by dimension", table("Dimension", d.budget.byDimension));
  section("Budget by year", table("Year", d.budget.byYear));
  section(
    "Other files",
    d.files.flatMap((f) => [`- \`${f.file}\``, ...f.changes.map((c) => `  - ${md(fieldText(c))}`)]),
  );
  if (s.added + s.removed + s.changed + d.files.length === 0) out.push("", "No changes.");
  return `${out.join("\n")}\n`;
}
