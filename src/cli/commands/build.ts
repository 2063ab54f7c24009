import path from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import type { BuildResult, OutputFormat } from "../../pipeline/build-plan.js";
import { DOCUMENTS, type DocumentKind } from "../../model/documents.js";
import type { PlanOutcome } from "../../pipeline/build-portfolio.js";
import { summarize, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics, MAX_PROBLEMS } from "../../diagnostics/format.js";
import { MasterplanError } from "../../diagnostics/masterplan-error.js";
import { listWords, t, tn } from "../../i18n/language.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import { noteText } from "../note-text.js";
import { progressReporter } from "../progress.js";
import type { Interruption } from "../signals.js";

interface BuildFlags {
  out: string;
  doc?: DocumentKind | "all";
  only?: OutputFormat[];
  paper?: "f4" | "a4";
  browser?: string;
  changesSince?: string;
  salinan?: boolean;
  format: "pretty" | "github";
  quiet?: boolean;
  example?: boolean;
  jobs: number;
  shard?: string;
  maxMemory?: number;
  maxMinutes?: number;
}

export function buildCommand(
  io: Io,
  setCode: (code: number) => void,
  version: string,
  interruption: Interruption,
): Command {
  return new Command("build")
    .description(t("build.description"))
    .argument("[dirs...]", t("build.dirs"))
    .option("--out <dir>", t("build.out"), "dist")
    .option("--example", t("opt.example"))
    .addOption(new Option("--doc <document>", t("build.doc")).choices([...DOCUMENTS, "all"]))
    .option("--only <formats>", t("build.only"), formatList)
    .addOption(new Option("--paper <size>", t("build.paper")).choices(["f4", "a4"]))
    .option("--browser <path>", t("opt.browser"))
    .addOption(
      new Option("--format <format>", t("build.format"))
        .choices(["pretty", "github"])
        .default("pretty"),
    )
    .option("--quiet", t("build.quiet"))
    .option("--salinan", t("build.salinan"))
    .option("--changes-since <rev>", t("build.changes-since"))
    .option("--jobs <n>", t("build.jobs"), positive, 2)
    .option("--max-memory <GB>", t("build.max-memory"), gigabytes)
    .option("--max-minutes <n>", t("build.max-minutes"), minutes, 10)
    .option("--shard <i/n>", t("build.shard"))
    .action(async (dirs: string[], flags: BuildFlags) => {
      const release = interruption.hold();
      try {
        setCode(await build(io, dirs, flags, version, interruption));
      } finally {
        release();
      }
    });
}

/** One plan, or a portfolio with one browser: the exit code. */
async function build(
  io: Io,
  dirs: string[],
  flags: BuildFlags,
  version: string,
  interruption: Interruption,
): Promise<number> {
  // Loaded here, so that commands which never print do not pay for the printing modules.
  const portfolio = await import("../../pipeline/build-portfolio.js");
  const color = wantsColor(io, io.stderrTty);
  const common = {
    limits: {
      memoryMb: flags.maxMemory,
      timeMs: flags.maxMinutes === undefined ? undefined : flags.maxMinutes * 60_000,
    },
    environment: {
      env: io.env,
      signal: interruption.signal,
      version,
      browser: flags.browser,
    },
  };
  const target = {
    outDir: path.resolve(io.cwd, flags.out),
    documents: flags.doc,
    formats: flags.only,
    paper: flags.paper,
    changesSince: flags.changesSince,
    certifiedCopy: flags.salinan,
  };
  if (flags.example && dirs.length) throw new MasterplanError(t("plan-dir.example-and-folder"));
  let plans = portfolio.findPlans(
    dirs.length ? dirs : [resolvePlanDir(undefined, io, { example: flags.example })],
    io.cwd,
  );
  if (plans.length === 1 && !flags.shard) {
    const progress = progressReporter(io, { quiet: flags.quiet });
    const { buildPlan } = await import("../../pipeline/build-plan.js");
    const result = await buildPlan({
      ...common,
      target: { ...target, dir: plans[0]!.dir },
      hooks: { onStart: progress.start, onStep: progress.done },
    });
    return reportPlan(io, flags, result, color, null);
  }
  const collisions = await portfolio.outputCollisions(plans);
  if (collisions.length) {
    reportDiagnostics(io, flags, collisions, color, new Map());
    io.err(`${tn("build.collisions", collisions.length)}\n`);
    return 1;
  }
  if (flags.shard) {
    const shard = portfolio.parseShard(flags.shard);
    const all = plans.length;
    plans = portfolio.pickShard(plans, shard);
    if (!flags.quiet)
      io.err(
        `${tn("build.shard-line", all, { i: shard.index, count: shard.count, picked: plans.length })}\n`,
      );
    if (!plans.length) return 0;
  }
  const outcomes = await portfolio.buildPortfolio(plans, {
    ...common,
    target,
    jobs: flags.jobs,
    onPlan: (o) => {
      if (o.result) reportPlan(io, flags, o.result, color, o.plan.label);
      else io.err(`${o.plan.label}: ${o.failure?.message}\n`);
    },
  });
  if (!flags.quiet) io.err(summaryTable(outcomes, io.cwd));
  return Math.max(0, ...outcomes.map(exitCodeOf));
}

/** `--max-memory 6` or `6.5`: gigabytes, given to the build in megabytes. */
function gigabytes(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(t("build.bad-memory"));
  return Math.round(n * 1024);
}

/** `--max-minutes 20`: a time in minutes. */
function minutes(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(t("build.bad-minutes"));
  return n;
}

const FORMATS: readonly OutputFormat[] = ["html", "pdf", "docx"];

/** "pdf,docx" → ["pdf", "docx"]; anything else is refused with the formats there are. */
function formatList(text: string): OutputFormat[] {
  const items = text.split(",").map((s) => s.trim().toLowerCase());
  const wrong = items.filter((i) => !FORMATS.includes(i as OutputFormat));
  if (wrong.length || items.length === 0)
    throw new InvalidArgumentError(
      t("build.bad-formats", { wrong: wrong.join(", ") || t("build.nothing") }),
    );
  return [...new Set(items as OutputFormat[])];
}

function positive(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(t("build.bad-jobs"));
  return n;
}

function exitCodeOf(o: PlanOutcome): number {
  if (o.failure) return o.failure.exitCode;
  return o.result && summarize(o.result.diagnostics).errors > 0 ? 1 : 0;
}

/** One plan's report; `label` names the plan when several are built. Returns its exit code. */
function reportPlan(
  io: Io,
  flags: BuildFlags,
  result: BuildResult,
  color: boolean,
  label: string | null,
): number {
  const { errors, warnings } = summarize(result.diagnostics);
  const who = label ? `${label}: ` : "";
  if (errors > 0) {
    reportDiagnostics(io, flags, result.diagnostics, color, result.texts);
    const also = warnings ? tn("build.also-warnings", warnings) : "";
    io.err(
      `${who}${tn(flags.format === "pretty" ? "build.failed-above" : "build.failed-annotated", errors, { also })}\n`,
    );
    return 1;
  }
  if (flags.format === "github")
    io.out(formatDiagnostics("github", result.diagnostics, { cwd: io.cwd, color: false }));
  // Warnings are listed by `validate`; a build only counts them. Notes about the output
  // (a face missing, content too wide) print even when quiet.
  if (warnings > 0 && flags.format === "pretty" && !flags.quiet)
    io.err(`${who}${tn("build.warnings", warnings)}\n`);
  // A note about every document alike (the face) is said once.
  const said = new Set<string>();
  for (const note of result.notes) {
    const about = note.document && result.documents.length > 1 ? `${note.document}: ` : "";
    const text = noteText(note);
    if (note.code.startsWith("font/") ? said.has(text) : false) continue;
    said.add(text);
    io.err(`${who}${t("build.note")}: ${note.code.startsWith("font/") ? "" : about}${text}\n`);
  }
  const fonts = [...new Set(result.documents.flatMap((d) => d.fonts))];
  const details = [
    result.documents.length > 1
      ? result.documents
          .map((d) => `${d.document} ${t("build.pages", { n: d.pages ?? "–" })}`)
          .join(", ")
      : result.documents[0]?.pages != null
        ? t("build.pages", { n: result.documents[0].pages })
        : null,
    fonts.length ? t("build.font", { fonts: fonts.join(", ") }) : null,
  ].filter(Boolean);
  if (!flags.quiet)
    io.err(
      `${who}${t("build.wrote", {
        files: listWords(result.written.map((f) => displayPath(f, io.cwd))),
        details: details.length ? ` (${details.join("; ")})` : "",
      })}\n`,
    );
  return 0;
}

/** A failing build shows its errors; its warnings stay with `validate`. */
function reportDiagnostics(
  io: Io,
  flags: BuildFlags,
  diagnostics: readonly Diagnostic[],
  color: boolean,
  texts: Map<string, string>,
): void {
  // In CI every problem becomes an annotation on the pull request's lines.
  if (flags.format === "github")
    io.out(formatDiagnostics("github", diagnostics, { cwd: io.cwd, color: false }));
  else
    io.err(
      formatDiagnostics(
        "pretty",
        diagnostics.filter((d) => d.severity === "error"),
        { cwd: io.cwd, color, sources: texts, maxProblems: MAX_PROBLEMS },
      ),
    );
}

/** The portfolio at a glance: each plan, whether it was built, and where to look. */
export function summaryTable(outcomes: readonly PlanOutcome[], cwd: string): string {
  const rows = outcomes.map((o) => {
    const s = o.result ? summarize(o.result.diagnostics) : null;
    const built = o.result !== null && s!.errors === 0;
    const pdf = o.result?.written.find((f) => f.endsWith(".pdf")) ?? o.result?.written[0];
    return [
      o.plan.label,
      built ? t("build.table-built") : t("build.table-failed"),
      o.result?.documents[0]?.pages != null ? String(o.result.documents[0].pages) : "–",
      `${(o.ms / 1000).toFixed(1)} s`,
      built
        ? pdf
          ? displayPath(pdf, cwd)
          : ""
        : o.failure
          ? o.failure.message.split("\n")[0]!
          : tn("summary.errors", s!.errors),
    ];
  });
  const head = [
    t("build.table-plan"),
    t("build.table-result"),
    t("build.table-pages"),
    t("build.table-time"),
    t("build.table-output"),
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const failed = rows.filter((r) => r[1] === t("build.table-failed")).length;
  const total = tn("build.table-total", outcomes.length, { built: outcomes.length - failed });
  const tail = failed ? t("build.table-total-failed", { failed }) : "";
  return `\n${[line(head), ...rows.map(line)].join("\n")}\n\n${total}${tail}.\n`;
}
