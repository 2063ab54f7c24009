import { Command } from "commander";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
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
      const plan = await formatPlan(resolvePlanDir(dir, io, { bundled: false }));
      const { files, refused } = plan;
      const broken = files.filter((f) => f.text === null && !f.changed);
      const changed = files.filter((f) => f.changed);
      const report = (diagnostics: Diagnostic[]) => {
        if (diagnostics.length)
          io.err(
            formatDiagnostics("pretty", diagnostics, {
              cwd: io.cwd,
              color: wantsColor(io, io.stderrTty),
              sources: new Map(files.map((f) => [f.path, f.read.text])),
            }),
          );
      };
      // Problems first: files that were not read, files that cannot be rewritten safely.
      const problems = [...refused, ...broken.flatMap((f) => f.diagnostics)];
      const failed = problems.some((d) => d.severity === "error");
      const canonical = files.length - broken.length;
      if (opts.check) {
        report(problems);
        for (const f of changed) io.out(`${displayPath(f.path, io.cwd)}\n`);
        io.err(
          changed.length
            ? `${plural(changed.length, "file")} would be reformatted; run \`masterplan fmt\` to fix.\n`
            : `${plural(canonical, "file")} already formatted.\n`,
        );
        return setCode(changed.length || failed ? 1 : 0);
      }
      const { rewriteSources } = await import("../../write/rewrite-sources.js");
      const written = await rewriteSources(
        changed.map((f) => ({ path: f.path, data: f.text!, read: f.read })),
        plan,
      );
      report([...problems, ...written.diagnostics]);
      for (const f of written.written) io.out(`${displayPath(f, io.cwd)}\n`);
      const left = broken.filter((f) => f.diagnostics.some((d) => d.severity === "error")).length;
      const notWritten = written.diagnostics.length;
      io.err(
        `Reformatted ${plural(written.written.length, "file")}` +
          (notWritten
            ? `; left ${plural(notWritten, "file")} as ${notWritten === 1 ? "it was" : "they were"} (above)`
            : "") +
          (left
            ? `; left ${plural(left, "file")} with YAML errors as ${left === 1 ? "it was" : "they were"}.\n`
            : ".\n"),
      );
      setCode(failed || notWritten ? 1 : 0);
    });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
