import path from "node:path";
import { Command, Option } from "commander";
import { writeFilesAtomically } from "../../write/write-atomic.js";
import { summarize } from "../../diagnostics/diagnostic.js";
import { displayPath } from "../../diagnostics/display-path.js";
import { formatDiagnostics, MAX_PROBLEMS } from "../../diagnostics/format.js";
import { EXPORT_FORMATS, type ExportFormat } from "../../export/export-formats.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import { t, tn } from "../../i18n/language.js";

interface ExportFlags {
  format: ExportFormat;
  delimiter: "," | ";" | "tab";
  out?: string;
  example?: boolean;
  quiet?: boolean;
}

export function exportCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("export")
    .description(t("export.description"))
    .argument("[dir]", t("arg.plan-dir"))
    .addOption(
      new Option("--format <format>", t("export.format"))
        .choices([...EXPORT_FORMATS])
        .default("csv"),
    )
    .addOption(
      new Option("--delimiter <char>", t("export.delimiter"))
        .choices([",", ";", "tab"])
        .default(","),
    )
    .option("--out <file>", t("export.out"))
    .option("--example", t("opt.example"))
    .option("--quiet", t("export.quiet"))
    .action(async (dir: string | undefined, opts: ExportFlags) => {
      const { prepare } = await import("../../pipeline/prepare.js");
      const { exportModel } = await import("../../export/export-plan.js");
      const prepared = await prepare(resolvePlanDir(dir, io, { example: opts.example }), {
        model: { documents: [] },
      });
      const { model, locale } = prepared;
      if (!model || !locale) {
        io.err(
          formatDiagnostics("pretty", prepared.diagnostics, {
            cwd: io.cwd,
            color: wantsColor(io, io.stderrTty),
            sources: prepared.texts,
            maxProblems: MAX_PROBLEMS,
          }),
        );
        io.err(`${t("export.failed")}\n`);
        return setCode(1);
      }
      const delimiter = opts.delimiter === "tab" ? "\t" : opts.delimiter;
      const data = await exportModel(model, locale, opts.format, { delimiter });
      const file = path.resolve(
        io.cwd,
        opts.out ?? path.join("dist", `${model.name}.${opts.format}`),
      );
      await writeFilesAtomically([{ path: file, data }], {
        hint: t("export.write-hint"),
      });
      const { warnings } = summarize(prepared.diagnostics);
      const also = warnings ? tn("export.warnings", warnings) : "";
      io.err(`${t("export.wrote", { file: displayPath(file, io.cwd), also })}\n`);
      // Excel set to Indonesian reads `;` as its list separator: say which file opens cleanly.
      if (opts.format === "csv" && delimiter === "," && !opts.quiet)
        io.err(`${t("export.excel-hint")}\n`);
      setCode(0);
    });
}
