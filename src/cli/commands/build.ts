import path from "node:path";
import { Command, Option } from "commander";
import { buildPlan } from "../../build/build-plan.js";
import { summarize } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics } from "../../diagnostics/format.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import { progressReporter } from "../progress.js";

interface BuildFlags {
  out: string;
  only?: "html" | "pdf";
  paper?: "f4" | "a4";
  browser?: string;
  changesSince?: string;
  format: "pretty" | "github";
  quiet?: boolean;
}

export function buildCommand(io: Io, setCode: (code: number) => void, version: string): Command {
  return new Command("build")
    .description("validate the plan, then write the HTML document and the PDF")
    .argument(
      "[dir]",
      "plan folder (default: ./masterplan.yaml's folder, ./masterplan, or the bundled plan)",
    )
    .option("--out <dir>", "output folder", "dist")
    .addOption(new Option("--only <kind>", "write only one output").choices(["html", "pdf"]))
    .addOption(
      new Option("--paper <size>", "paper size, overriding the manifest").choices(["f4", "a4"]),
    )
    .option("--browser <path>", "Chrome or Chromium binary to print with")
    .addOption(
      new Option(
        "--format <format>",
        "how to report the plan's problems: pretty on stderr, or GitHub annotations on stdout",
      )
        .choices(["pretty", "github"])
        .default("pretty"),
    )
    .option("--quiet", "print nothing but problems")
    .option(
      "--changes-since <rev>",
      'append a "Daftar Perubahan" annex: the changes since this git revision',
    )
    .action(async (dir: string | undefined, flags: BuildFlags) => {
      const controller = new AbortController();
      const interrupt = () => controller.abort();
      process.once("SIGINT", interrupt);
      process.once("SIGTERM", interrupt);
      try {
        const progress = progressReporter(io, { quiet: flags.quiet });
        const result = await buildPlan({
          dir: resolvePlanDir(dir, io),
          outDir: path.resolve(io.cwd, flags.out),
          only: flags.only,
          paper: flags.paper,
          browser: flags.browser,
          changesSince: flags.changesSince,
          env: io.env,
          signal: controller.signal,
          onStart: progress.start,
          onStep: progress.done,
          version,
        });
        const color = wantsColor(io, io.stderrTty);
        const { errors, warnings } = summarize(result.diagnostics);
        // In CI every problem becomes an annotation on the pull request's lines.
        if (flags.format === "github")
          io.out(formatDiagnostics("github", result.diagnostics, { cwd: io.cwd, color: false }));
        if (errors > 0) {
          if (flags.format === "pretty")
            io.err(
              formatDiagnostics("pretty", result.diagnostics, {
                cwd: io.cwd,
                color,
                sources: result.texts,
              }),
            );
          io.err(
            `Nothing was written: fix the ${errors === 1 ? "error" : "errors"} ${flags.format === "pretty" ? "above" : "annotated"} and build again.\n`,
          );
          return setCode(1);
        }
        // Warnings are listed by `validate`; a build only counts them. Notes about the output
        // (a face missing, content too wide) print even when quiet.
        if (warnings > 0 && flags.format === "pretty" && !flags.quiet)
          io.err(
            `The plan has ${warnings} warning${warnings === 1 ? "" : "s"}; run \`masterplan validate\` to see them.\n`,
          );
        for (const note of result.notes) io.err(`note: ${note}\n`);
        const details = [
          result.pages !== null ? `${result.pages} pages` : null,
          result.fonts.length ? `font: ${result.fonts.join(", ")}` : null,
        ].filter(Boolean);
        if (!flags.quiet)
          io.err(
            `Wrote ${result.written.map((f) => displayPath(f, io.cwd)).join(" and ")}${details.length ? ` (${details.join("; ")})` : ""}.\n`,
          );
        setCode(0);
      } finally {
        process.removeListener("SIGINT", interrupt);
        process.removeListener("SIGTERM", interrupt);
      }
    });
}
