import path from "node:path";
import { Command, Option } from "commander";
import { writeFilesAtomically } from "../../write/write-atomic.js";
import { summarize } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics } from "../../diagnostics/format.js";
import { EXPORT_FORMATS, type ExportFormat } from "../../export/export-formats.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";

export function exportCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("export")
    .description("programs and budgets as a spreadsheet: one row per program, a column per year")
    .argument(
      "[dir]",
      "plan folder (default: ./masterplan.yaml's folder, ./masterplan, or the bundled plan)",
    )
    .addOption(
      new Option("--format <format>", "file format").choices([...EXPORT_FORMATS]).default("csv"),
    )
    .option("--out <file>", "file to write (default: dist/<name>.<format>)")
    .action(async (dir: string | undefined, opts: { format: ExportFormat; out?: string }) => {
      const { prepare } = await import("../../pipeline/prepare.js");
      const { exportModel } = await import("../../export/export-plan.js");
      const prepared = await prepare(resolvePlanDir(dir, io), { model: { documents: [] } });
      const { model, locale } = prepared;
      if (!model || !locale) {
        io.err(
          formatDiagnostics("pretty", prepared.diagnostics, {
            cwd: io.cwd,
            color: wantsColor(io, io.stderrTty),
            sources: prepared.texts,
          }),
        );
        io.err("Nothing was written: fix the errors above and export again.\n");
        return setCode(1);
      }
      const data = await exportModel(model, locale, opts.format);
      const file = path.resolve(
        io.cwd,
        opts.out ?? path.join("dist", `${model.name}.${opts.format}`),
      );
      await writeFilesAtomically([{ path: file, data }], {
        hint: "Choose another file with --out, or check its folder's free space and permissions.",
      });
      const { warnings } = summarize(prepared.diagnostics);
      io.err(
        `Wrote ${displayPath(file, io.cwd)}${warnings ? ` (the plan has ${warnings} warnings; run \`masterplan validate\` to see them)` : ""}.\n`,
      );
      setCode(0);
    });
}
