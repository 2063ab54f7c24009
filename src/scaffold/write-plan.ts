import { lstat, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { writeFilesAtomically } from "../write/write-atomic.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { reservedName } from "../load/reserved-names.js";
import { schemasDir } from "../paths/package-root.js";
import { DIMENSION_IDS } from "../validate/rules/dimensions-complete.js";
import { newProgram, scaffoldPlan, type ScaffoldOptions } from "./scaffold-plan.js";
import { loadStarter } from "./starter-content.js";
import { t } from "../i18n/language.js";
import { repositoryFiles } from "./repository-files.js";

/**
 * `masterplan init`: writes a new plan into `dir`, with a copy of the schemas for editors.
 * Refuses a folder that holds anything unless `force`. Returns the files written.
 */
export async function initPlan(
  dir: string,
  options: ScaffoldOptions & { force?: boolean; version: string },
): Promise<string[]> {
  const root = path.resolve(dir);
  const existing = await readdir(root).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [];
    throw new MasterplanError(t("init.unreadable", { dir: root, problem: e.code ?? String(e) }));
  });
  if (existing.length > 0 && !options.force)
    throw new MasterplanError(t("init.not-empty", { dir: root }), t("init.not-empty-hint"));
  // A repository's own files already there (an edited .gitignore or workflow) are kept.
  const repository = [];
  for (const f of await repositoryFiles(options.version))
    if (!(await exists(path.join(root, f.rel)))) repository.push(f);
  const files = [...scaffoldPlan(options, await loadStarter()), ...repository];
  const schemas = (await readdir(schemasDir)).filter((f) => f.endsWith(".json")).sort();
  const outputs = [
    ...files.map((f) => ({ path: path.join(root, f.rel), data: f.text })),
    ...(await Promise.all(
      schemas.map(async (f) => ({
        path: path.join(root, "schemas", f),
        data: await readFile(path.join(schemasDir, f)),
      })),
    )),
  ];
  // Everything in the way is found before anything is written: a half-made plan helps no one.
  await checkInside(
    root,
    outputs.map((o) => o.path),
  );
  await writeFilesAtomically(outputs, { hint: initHint() });
  return [...files.map((f) => f.rel), "schemas/"];
}

const initHint = () => t("init.in-the-way-hint");

/**
 * Checks that each target can be written where it is meant to go: every folder on its way from
 * the plan's root is a real folder or not there yet (a link would send the file elsewhere), and
 * the target itself is a file or not there yet.
 */
async function checkInside(root: string, targets: readonly string[]): Promise<void> {
  const seen = new Map<string, "folder" | "none">();
  const kind = async (p: string) => {
    const info = await lstat(p).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return null;
      throw new MasterplanError(
        t("init.unreadable-file", { file: p, problem: e.code ?? String(e) }),
        initHint(),
      );
    });
    if (!info) return "none";
    if (info.isSymbolicLink()) return "link";
    return info.isDirectory() ? "folder" : info.isFile() ? "file" : "other";
  };
  for (const target of targets) {
    const parts = path.relative(root, target).split(path.sep);
    let at = root;
    for (const part of parts.slice(0, -1)) {
      at = path.join(at, part);
      if (seen.has(at)) continue;
      const found = await kind(at);
      if (found !== "folder" && found !== "none")
        throw new MasterplanError(
          t(found === "link" ? "init.link-for-folder" : "init.file-for-folder", { path: at }),
          initHint(),
        );
      seen.set(at, found);
    }
    const found = await kind(target);
    if (found !== "file" && found !== "none")
      throw new MasterplanError(
        t(
          found === "link"
            ? "init.link-for-file"
            : found === "folder"
              ? "init.folder-for-file"
              : "init.special-for-file",
          { path: target },
        ),
        initHint(),
      );
  }
}

/**
 * `masterplan new program`: writes `programs/<dimension>/<id>.yaml` in a plan, refusing an id
 * any program already has. Returns the path written.
 */
export async function addProgram(planDir: string, dimension: string, id: string): Promise<string> {
  const root = path.resolve(planDir);
  if (!(DIMENSION_IDS as readonly string[]).includes(dimension))
    throw new MasterplanError(
      t("new.bad-dimension", { dimension }),
      t("new.dimensions", { list: DIMENSION_IDS.join(", ") }),
    );
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new MasterplanError(t("new.bad-id", { id }), t("new.bad-id-hint"));
  if (reservedName(id))
    throw new MasterplanError(t("new.reserved-id", { id }), t("new.reserved-id-hint"));
  for (const d of DIMENSION_IDS) {
    const other = path.join(root, "programs", d, `${id}.yaml`);
    if (await exists(other))
      throw new MasterplanError(
        t("new.exists", { id, file: path.relative(root, other) }),
        t("new.exists-hint"),
      );
  }
  const folder = path.join(root, "programs", dimension);
  const file = path.join(folder, `${id}.yaml`);
  const text = newProgram({
    id,
    dimension,
    modeline: await programModeline(root, folder),
  });
  await writeFilesAtomically([{ path: file, data: text }], {
    hint: t("new.write-hint"),
  });
  return file;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The years of the plan's first stage, the placeholder a new program starts with. */

/** Where a new program file points its editor: where the plan's files point, else the package. */
async function programModeline(root: string, folder: string): Promise<string> {
  const manifest = await readFile(path.join(root, "masterplan.yaml"), "utf8");
  const target = /^# yaml-language-server: \$schema=(\S+)manifest\.schema\.json/m.exec(
    manifest,
  )?.[1];
  const schemas = target !== undefined ? path.resolve(root, target) : schemasDir;
  return path.relative(folder, path.join(schemas, "program.schema.json")).split(path.sep).join("/");
}
