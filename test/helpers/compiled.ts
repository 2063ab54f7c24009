import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The newest modification time of the files below a folder that end with `ext`. */
function newest(dir: string, ext: string): number {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && e.name.endsWith(ext))
      latest = Math.max(latest, statSync(path.join(e.parentPath, e.name)).mtimeMs);
  return latest;
}

/**
 * Before any test runs: the end-to-end tests spawn the compiled CLI (lib/), so lib/ is compiled
 * again when a source under src/ is newer than it, or it is missing.
 */
export default function setup(): void {
  let stale: boolean;
  try {
    stale = newest("src", ".ts") > newest("lib", ".js");
  } catch {
    stale = true;
  }
  if (!stale) return;
  console.log("Compiling src/ to lib/ for the tests that run the CLI…");
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "inherit",
  });
}
