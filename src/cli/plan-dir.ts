import { existsSync } from "node:fs";
import path from "node:path";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { packageRoot } from "../paths/package-root.js";
import type { Io } from "./io.js";

/**
 * The plan folder a command works on when none is given: the working folder if it is a plan,
 * else its `masterplan/` folder, else (for commands that only read it) the bundled Kabupaten
 * Purbalingga plan.
 */
export function resolvePlanDir(
  given: string | undefined,
  io: Io,
  { bundled = true }: { bundled?: boolean } = {},
): string {
  if (given !== undefined) return path.resolve(io.cwd, given);
  if (existsSync(path.join(io.cwd, "masterplan.yaml"))) return io.cwd;
  const local = path.join(io.cwd, "masterplan");
  if (existsSync(path.join(local, "masterplan.yaml"))) return local;
  if (!bundled)
    throw new MasterplanError(
      "No plan folder here: neither ./masterplan.yaml nor ./masterplan/masterplan.yaml exists.",
      "Give the plan folder as an argument.",
    );
  io.err("No plan folder here; using the bundled Kabupaten Purbalingga masterplan.\n");
  return path.join(packageRoot, "masterplan");
}
