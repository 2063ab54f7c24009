import path from "node:path";
import { Command } from "commander";
import { displayPath } from "../../diagnostics/display-path.js";
import { t, tn } from "../../i18n/language.js";
import type { Io } from "../io.js";
import { resolvePlanDir } from "../plan-dir.js";

export function schemasCommand(io: Io, setCode: (code: number) => void): Command {
  return new Command("schemas")
    .description(t("schemas.description"))
    .argument("[dir]", t("arg.plan-dir"))
    .option("--check", t("schemas.check"))
    .action(async (dir: string | undefined, flags: { check?: boolean }) => {
      const { refreshSchemas } = await import("../../scaffold/refresh-schemas.js");
      const root = resolvePlanDir(dir, io);
      const stale = await refreshSchemas(root, { check: flags.check });
      for (const file of stale) io.out(`${displayPath(file, io.cwd)}\n`);
      const where = displayPath(path.join(root, "schemas"), io.cwd);
      io.err(
        `${
          stale.length === 0
            ? t("schemas.current", { dir: where })
            : flags.check
              ? tn("schemas.would-refresh", stale.length, { dir: where })
              : tn("schemas.refreshed", stale.length, { dir: where })
        }\n`,
      );
      setCode(flags.check && stale.length ? 1 : 0);
    });
}
