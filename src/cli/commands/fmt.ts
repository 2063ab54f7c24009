import { Command } from "commander";
import { writeFilesAtomically } from "../../build/write-atomic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics } from "../../diagnostics/format.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";

export function fmtCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("fmt")
    .description(
      "rewrite the plan's YAML in canonical form: schema key order, one style, comments kept",
    )
    .argument("[dir]", "plan folder (default: ./masterplan.yaml's folder or ./masterplan)")
    .option("--check", "list the files that would change and exit 1, without writing")
    .action(async (dir: string | undefined, opts: { check?: boolean }) => {
      // Never rewrite the bundled plan inside the installed package.
      const { formatPlan } = await import("../../format/format-plan.js");
      const files = await formatPlan(resolvePlanDir(dir, io, { bundled: false }));
      const broken = files.filter((f) => f.text === null);
      const changed = files.filter((f) => f.changed);
      if (broken.length)
        io.err(
          formatDiagnostics(
            "pretty",
            broken.flatMap((f) => f.diagnostics),
            { cwd: io.cwd, color: wantsColor(io, io.stderrTty) },
          ),
        );
      if (opts.check) {
        for (const f of changed) io.out(`${displayPath(f.path, io.cwd)}\n`);
        io.err(
          changed.length
            ? `${plural(changed.length, "file")} would be reformatted; run \`masterplan fmt\` to fix.\n`
            : `${plural(files.length - broken.length, "file")} already formatted.\n`,
        );
        return setCode(changed.length || broken.length ? 1 : 0);
      }
      await writeFilesAtomically(changed.map((f) => ({ path: f.path, data: f.text! })));
      for (const f of changed) io.out(`${displayPath(f.path, io.cwd)}\n`);
      io.err(
        `Reformatted ${plural(changed.length, "file")}` +
          (broken.length
            ? `; left ${plural(broken.length, "file")} with YAML errors as they were.\n`
            : ".\n"),
      );
      setCode(broken.length ? 1 : 0);
    });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
