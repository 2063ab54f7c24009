import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { writeFilesAtomically } from "../write/write-atomic.js";
import { schemasDir } from "../paths/package-root.js";
import { t } from "../i18n/language.js";

/**
 * `masterplan schemas`: the plan's `schemas/` copy (for editors' completion and hovers) made
 * the same as this masterplan's, and nothing else touched. Returns the files that differed;
 * with `check`, writes nothing.
 */
export async function refreshSchemas(
  planDir: string,
  { check = false }: { check?: boolean } = {},
): Promise<string[]> {
  const names = (await readdir(schemasDir)).filter((f) => f.endsWith(".json")).sort();
  const stale: Array<{ path: string; data: Uint8Array }> = [];
  for (const name of names) {
    const data = new Uint8Array(await readFile(path.join(schemasDir, name)));
    const target = path.join(planDir, "schemas", name);
    const now = await readFile(target).catch(() => null);
    if (now === null || !Buffer.from(data).equals(now)) stale.push({ path: target, data });
  }
  if (!check && stale.length) await writeFilesAtomically(stale, { hint: t("schemas.write-hint") });
  return stale.map((s) => s.path);
}
