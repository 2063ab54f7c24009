import { existsSync } from "node:fs";
import path from "node:path";
import { rememberTyped } from "../diagnostics/display-path.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { t } from "../i18n/language.js";
import { packageRoot } from "../paths/package-root.js";
import type { Io } from "./io.js";

/** The Kabupaten Purbalingga plan installed with masterplan, reached by `--example`. */
export const EXAMPLE_PLAN = path.join(packageRoot, "masterplan");

/**
 * The plan folder a command works on: the one given, the bundled example when asked for by
 * `--example`, else the working folder if it is a plan, else its `masterplan/` folder. Where
 * there is none, the command stops and says how to start one, rather than quietly using the
 * bundled plan.
 */
export function resolvePlanDir(
  given: string | undefined,
  io: Io,
  { example = false }: { example?: boolean } = {},
): string {
  if (example) {
    if (given !== undefined) throw new MasterplanError(t("plan-dir.example-and-folder"));
    return EXAMPLE_PLAN;
  }
  if (given !== undefined) {
    const root = path.resolve(io.cwd, given);
    rememberTyped(root, given);
    return root;
  }
  if (existsSync(path.join(io.cwd, "masterplan.yaml"))) return io.cwd;
  const local = path.join(io.cwd, "masterplan");
  if (existsSync(path.join(local, "masterplan.yaml"))) return local;
  throw new MasterplanError(t("plan-dir.none"), t("plan-dir.none-hint"));
}
