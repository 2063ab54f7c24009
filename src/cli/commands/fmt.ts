import { Command } from "commander";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics } from "../../diagnostics/format.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import { t, tn } from "../../i18n/language.js";

export function fmtCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("fmt")
    .description(t("fmt.description"))
    .argument("[dir]", t("arg.plan-dir"))
    .option("--check", t("fmt.check"))
    .action(async (dir: string | undefined, opts: { check?: boolean }) => {
      // Never rewrite the bundled plan inside the installed package.
      const { formatPlan } = await import("../../format/format-plan.js");
      const plan = await formatPlan(resolvePlanDir(dir, io));
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
          `${changed.length ? tn("fmt.would-change", changed.length) : tn("fmt.already", canonical)}\n`,
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
        tn("fmt.reformatted", written.written.length) +
          (notWritten ? tn("fmt.not-written", notWritten) : "") +
          (left ? tn("fmt.left-broken", left) : "") +
          ".\n",
      );
      setCode(failed || notWritten ? 1 : 0);
    });
}
