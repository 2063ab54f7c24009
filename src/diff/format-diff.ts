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
import { t } from "../i18n/language.js";

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
  const out = [t("diff.title-text", { base: d.base, head: d.head }), ...summaryLines(d)];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push("", title, ...lines);
  };
  section(
    t("diff.added-programs"),
    d.programs.added.map((p) => `  + ${programLine(p)}`),
  );
  section(
    t("diff.removed-programs"),
    d.programs.removed.map((p) => `  - ${programLine(p)}`),
  );
  section(
    t("diff.changed-programs"),
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
  section(t("diff.by-dimension"), sums(d.budget.byDimension));
  section(t("diff.by-year"), sums(d.budget.byYear));
  section(
    t("diff.other-files"),
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
    `### ${t("diff.title-markdown", { base: `\`${d.base}\``, head: `\`${d.head}\`` })}`,
    "",
    "| | |",
    "|---|---|",
    `| ${t("diff.row-added")} | ${s.added} |`,
    `| ${t("diff.row-removed")} | ${s.removed} |`,
    `| ${t("diff.row-moved")} | ${s.moved} |`,
    `| ${t("diff.row-changed")} | ${s.changed} |`,
    `| ${t("diff.row-before")} | ${amountText(s.budget.before)} |`,
    `| ${t("diff.row-after")} | ${amountText(s.budget.after)} |`,
  ];
  const delta = deltaText(s.budget.before, s.budget.after);
  if (delta) out.push(`| ${t("diff.row-change")} | ${delta} |`);
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push("", `#### ${title}`, "", ...lines);
  };
  const item = (p: PlanDiff["programs"]["added"][number]) =>
    `- **${md(p.name ?? t("diff.no-name"))}** (\`${p.id}\`), ${md(p.dimension)}, ${yearSpan(p.start, p.end, "?")}${p.quickWin ? ", quick win" : ""}: ${amountText(p.budget)}`;
  section(t("diff.added-programs"), d.programs.added.map(item));
  section(t("diff.removed-programs"), d.programs.removed.map(item));
  section(
    t("diff.changed-programs"),
    d.programs.changed.flatMap((c) => [
      `- **${md(c.name ?? t("diff.no-name"))}** (\`${c.id}\`), ${md(c.dimension)}`,
      ...programChangeLines(c).map((l) => `  - ${md(l)}`),
    ]),
  );
  const table = (head: string, rows: PlanDiff["budget"]["byYear" | "byDimension"]) =>
    rows.length
      ? [
          `| ${head} | ${t("diff.col-before")} | ${t("diff.col-after")} | ${t("diff.col-change")} |`,
          "|---|---:|---:|---:|",
          ...rows.map(
            (r) =>
              `| ${md(r.label)} | ${amountText(r.before)} | ${amountText(r.after)} | ${deltaText(r.before, r.after) || "–"} |`,
          ),
        ]
      : [];
  section(t("diff.by-dimension"), table(t("diff.col-dimension"), d.budget.byDimension));
  section(t("diff.by-year"), table(t("diff.col-year"), d.budget.byYear));
  section(
    t("diff.other-files"),
    d.files.flatMap((f) => [`- \`${f.file}\``, ...f.changes.map((c) => `  - ${md(fieldText(c))}`)]),
  );
  if (s.added + s.removed + s.changed + d.files.length === 0) out.push("", t("diff.no-changes"));
  return `${out.join("\n")}\n`;
}
