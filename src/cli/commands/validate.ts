import { Command, Option } from "commander";
import { promoteWarnings, summarize } from "../../diagnostics/diagnostic.js";
import { FORMATS, formatDiagnostics, type Format } from "../../diagnostics/format.js";
import { prepare } from "../../pipeline/prepare.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";

export function validateCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("validate")
    .description("check the plan's schemas and cross-references")
    .argument(
      "[dir]",
      "plan folder (default: ./masterplan.yaml's folder, ./masterplan, or the bundled plan)",
    )
    .addOption(
      new Option("--format <format>", "output format")
        .choices(Object.keys(FORMATS))
        .default("pretty"),
    )
    .option("--strict", "treat warnings as errors")
    .action(async (dir: string | undefined, opts: { format: Format; strict?: boolean }) => {
      const result = await prepare(resolvePlanDir(dir, io));
      const diagnostics = opts.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
      io.out(
        formatDiagnostics(opts.format, diagnostics, {
          cwd: io.cwd,
          color: wantsColor(io, io.stdoutTty),
          sources: result.texts,
        }),
      );
      setCode(summarize(diagnostics).errors > 0 ? 1 : 0);
    });
}
