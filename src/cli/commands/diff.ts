import { existsSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { displayPath } from "../../diagnostics/display-path.js";
import type { Side } from "../../pipeline/compare-plans.js";
import { DIFF_FORMATS, formatDiff, type DiffFormat } from "../../diff/format-diff.js";
import { formatDiagnostics, MAX_PROBLEMS } from "../../diagnostics/format.js";
import { wantsColor, type Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";
import { t } from "../../i18n/language.js";

interface DiffFlags {
  format: DiffFormat;
  exitCode?: boolean;
  plan?: string;
}

export function diffCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("diff")
    .description(t("diff.description"))
    .argument("[base]", t("diff.base"), "HEAD")
    .argument("[head]", t("diff.head"))
    .addOption(
      new Option("--format <format>", t("opt.format")).choices([...DIFF_FORMATS]).default("text"),
    )
    .option("--exit-code", t("diff.exit-code"))
    .option("--plan <dir>", t("diff.plan"))
    .action(async (base: string, head: string | undefined, flags: DiffFlags) => {
      const side = (arg: string): Side => {
        const folder = path.resolve(io.cwd, arg);
        return existsSync(path.join(folder, "masterplan.yaml"))
          ? { folder, label: displayPath(folder, io.cwd) }
          : { revision: arg, label: arg };
      };
      const from = side(base);
      const to = head === undefined ? null : side(head);
      // The plan folder matters only for revisions and for the working tree.
      const planDir =
        to === null || "revision" in from || "revision" in to
          ? resolvePlanDir(flags.plan, io)
          : io.cwd;
      const { comparePlans } = await import("../../pipeline/compare-plans.js");
      const { hasChanges } = await import("../../diff/plan-diff.js");
      const { diff, diagnostics, texts } = await comparePlans(
        planDir,
        from,
        to ?? { folder: planDir, label: t("diff.working-tree") },
      );
      if (diagnostics.length)
        io.err(
          formatDiagnostics("pretty", diagnostics, {
            cwd: io.cwd,
            color: wantsColor(io, io.stderrTty),
            sources: texts,
            maxProblems: MAX_PROBLEMS,
          }),
        );
      if (diff === null) {
        io.err(`${t("diff.not-compared")}\n`);
        return setCode(1);
      }
      io.out(formatDiff(diff, flags.format));
      setCode(flags.exitCode && hasChanges(diff) ? 1 : 0);
    });
}
