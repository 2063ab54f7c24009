import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { t } from "../i18n/language.js";
import { schemasDir } from "../paths/package-root.js";

/**
 * A warning for each schema in the plan's `schemas/` copy (the one editors read) that differs
 * from this masterplan's: the editor would complete and check against another version. A plan
 * without the folder has nothing to warn about.
 */
export async function staleSchemaCopies(root: string): Promise<Diagnostic[]> {
  const copies = await readdir(path.join(root, "schemas")).catch(() => null);
  if (copies === null) return [];
  const out: Diagnostic[] = [];
  for (const name of (await readdir(schemasDir)).filter((f) => f.endsWith(".json")).sort()) {
    if (!copies.includes(name)) continue;
    const file = path.join(root, "schemas", name);
    const [mine, theirs] = await Promise.all([
      readFile(path.join(schemasDir, name)),
      readFile(file).catch(() => null),
    ]);
    if (theirs === null || mine.equals(theirs)) continue;
    out.push({
      file,
      line: 1,
      column: 1,
      code: "schema/stale-copy",
      severity: "warning",
      message: t("schemas.stale", { file: `schemas/${name}` }),
      hint: t("schemas.stale-hint"),
    });
  }
  return out;
}
