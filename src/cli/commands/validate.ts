import { appendFile } from "node:fs/promises";
import { Command, InvalidArgumentError, Option } from "commander";
import { githubSummary } from "../../diagnostics/format-github.js";
import { promoteWarnings, summarize } from "../../diagnostics/diagnostic.js";
import { FORMATS, formatDiagnostics, MAX_PROBLEMS, type Format } from "../../diagnostics/format.js";
import { t } from "../../i18n/language.js";
import { prepare } from "../../pipeline/prepare.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";

export function validateCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("validate")
    .description(t("validate.description"))
    .argument("[dir]", t("arg.plan-dir"))
    .addOption(
      new Option("--format <format>", t("opt.format"))
        .choices(Object.keys(FORMATS))
        .default("pretty"),
    )
    .option("--strict", t("validate.strict"))
    .option("--max-problems <n>", t("validate.max-problems"), count, MAX_PROBLEMS)
    .option("--example", t("opt.example"))
    .option("--base <rev>", t("validate.base"))
    .action(
      async (
        dir: string | undefined,
        opts: {
          format: Format;
          strict?: boolean;
          example?: boolean;
          base?: string;
          maxProblems: number;
        },
      ) => {
        const root = resolvePlanDir(dir, io, { example: opts.example });
        const result = await prepare(root);
        const diagnostics = opts.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
        const changed =
          opts.base === undefined
            ? undefined
            : await (await import("../../load/git-plan.js")).changedFiles(root, opts.base);
        const options = {
          cwd: io.cwd,
          color: wantsColor(io, io.stdoutTty),
          sources: result.texts,
          changed,
          maxProblems: opts.maxProblems,
        };
        io.out(formatDiagnostics(opts.format, diagnostics, options));
        // In a GitHub job the annotations are capped; the job summary lists every problem.
        const summary = io.env.GITHUB_STEP_SUMMARY;
        if (opts.format === "github" && summary)
          await appendFile(summary, githubSummary(diagnostics, options));
        setCode(summarize(diagnostics).errors > 0 ? 1 : 0);
      },
    );
}

/** A count of problems: a whole number, 0 for all. */
function count(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError(t("validate.max-problems-bad"));
  return Number(value);
}
