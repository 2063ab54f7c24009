import { existsSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../paths/package-root.js";
import type { Io } from "./io.js";

/**
 * The plan folder a command works on when none is given: the working folder if it is a plan,
 * else its `masterplan/` folder, else the bundled Kabupaten Purbalingga plan.
 */
export function resolvePlanDir(given: string | undefined, io: Io): string {
  if (given !== undefined) return path.resolve(io.cwd, given);
  if (existsSync(path.join(io.cwd, "masterplan.yaml"))) return io.cwd;
  const local = path.join(io.cwd, "masterplan");
  if (existsSync(path.join(local, "masterplan.yaml"))) return local;
  io.err("No plan folder here; using the bundled Kabupaten Purbalingga masterplan.\n");
  return path.join(packageRoot, "masterplan");
}
