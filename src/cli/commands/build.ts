import { Command } from "commander";
import { summarize } from "../../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../diagnostics/format.js";
import { checkPlan } from "../../validate/check-plan.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";

export function buildCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("build")
    .description("validate the plan, then write the HTML document and the PDF")
    .argument(
      "[dir]",
      "plan folder (default: ./masterplan.yaml's folder, ./masterplan, or the bundled plan)",
    )
    .action(async (dir: string | undefined) => {
      const result = await checkPlan(resolvePlanDir(dir, io));
      const { errors, warnings } = summarize(result.diagnostics);
      if (result.diagnostics.length)
        io.err(
          formatDiagnostics("pretty", result.diagnostics, {
            cwd: io.cwd,
            color: wantsColor(io, io.stderrTty),
            sources: result.texts,
          }),
        );
      if (errors > 0) return setCode(1);
      io.err(
        `The plan is valid (${warnings} warnings). Rendering HTML and PDF is not built yet.\n`,
      );
      setCode(0);
    });
}
