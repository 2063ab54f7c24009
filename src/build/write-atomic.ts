import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { MasterplanError } from "../diagnostics/masterplan-error.js";

/**
 * Writes every file to a temporary name beside its target, then renames them all into place.
 * If anything fails before the renames, the targets are untouched and no temporary file stays.
 */
export async function writeFilesAtomically(
  files: ReadonlyArray<{ path: string; data: string | Uint8Array }>,
): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const dir = path.dirname(file.path);
      try {
        await mkdir(dir, { recursive: true });
      } catch (e) {
        throw new MasterplanError(
          `Cannot create the output folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
          "Choose another folder with --out, or check its permissions.",
        );
      }
      const temp = path.join(dir, `.${path.basename(file.path)}.${process.pid}.tmp`);
      temps.push(temp);
      try {
        await writeFile(temp, file.data);
      } catch (e) {
        throw new MasterplanError(
          `Cannot write ${file.path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
          "Check the free space and permissions of the output folder.",
        );
      }
    }
    for (const [i, file] of files.entries()) await rename(temps[i]!, file.path);
    temps.length = 0;
  } finally {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}
