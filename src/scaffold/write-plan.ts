import { lstat, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { writeFilesAtomically } from "../write/write-atomic.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { reservedName } from "../load/reserved-names.js";
import { schemasDir } from "../paths/package-root.js";
import { DIMENSION_IDS } from "../validate/rules/dimensions-complete.js";
import { newProgram, scaffoldPlan, type ScaffoldOptions } from "./scaffold-plan.js";
import { loadStarter } from "./starter-content.js";

/**
 * `masterplan init`: writes a new plan into `dir`, with a copy of the schemas for editors.
 * Refuses a folder that holds anything unless `force`. Returns the files written.
 */
export async function initPlan(
  dir: string,
  options: ScaffoldOptions & { force?: boolean },
): Promise<string[]> {
  const root = path.resolve(dir);
  const existing = await readdir(root).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [];
    throw new MasterplanError(`Cannot read the folder ${root}: ${e.code ?? String(e)}.`);
  });
  if (existing.length > 0 && !options.force)
    throw new MasterplanError(
      `The folder ${root} is not empty; masterplan init writes a new plan into an empty folder.`,
      "Choose another folder, or add --force to write the plan's files into it (files of the same name are replaced).",
    );
  const files = scaffoldPlan(options, await loadStarter());
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
  await writeFilesAtomically(outputs, { hint: INIT_HINT });
  return [...files.map((f) => f.rel), "schemas/"];
}

const INIT_HINT = "Choose another folder for the plan, or move what is in the way.";

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
      throw new MasterplanError(`Cannot read ${p}: ${e.code ?? String(e)}.`, INIT_HINT);
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
          `${at} is a ${found === "link" ? "link" : "file"}, where the plan needs a folder; nothing was written.`,
          INIT_HINT,
        );
      seen.set(at, found);
    }
    const found = await kind(target);
    if (found !== "file" && found !== "none")
      throw new MasterplanError(
        `${target} is a ${found === "link" ? "link" : found === "folder" ? "folder" : "special file"}, where the plan needs a file; nothing was written.`,
        INIT_HINT,
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
      `\`${dimension}\` is not a dimension.`,
      `Dimensions: ${DIMENSION_IDS.join(", ")}.`,
    );
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new MasterplanError(
      `\`${id}\` is not a program id: use lower-case letters, digits and single hyphens.`,
      "For example: layanan-terpadu.",
    );
  if (reservedName(id))
    throw new MasterplanError(
      `\`${id}\` cannot be a program id: Windows keeps the name for a device, so ${id}.yaml could not be checked out there.`,
      "Choose another id, such as layanan-terpadu.",
    );
  for (const d of DIMENSION_IDS) {
    const other = path.join(root, "programs", d, `${id}.yaml`);
    if (await exists(other))
      throw new MasterplanError(
        `A program with the id \`${id}\` already exists: ${path.relative(root, other)}.`,
        "Choose another id; a program's id is its file name and is unique in the plan.",
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
    hint: "Check that the plan folder may be written, and its free space.",
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
