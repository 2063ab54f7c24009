import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { parseSource, type SourceFile } from "./source-file.js";

export type FileKind =
  "manifest" | "agencies" | "rpjpd" | "glossary" | "chapter" | "dimension" | "program";

export interface PlanFile {
  kind: FileKind;
  source: SourceFile;
}

/** Every source file of a plan folder, parsed, in a stable order. */
export interface LoadedPlan {
  root: string;
  files: PlanFile[];
}

export interface LoadResult {
  plan: LoadedPlan;
  diagnostics: Diagnostic[];
}

const SINGLE_FILES: Array<[string, FileKind]> = [
  ["masterplan.yaml", "manifest"],
  ["agencies.yaml", "agencies"],
  ["rpjpd.yaml", "rpjpd"],
];
/** Single files a plan may leave out. */
const OPTIONAL_FILES: Array<[string, FileKind]> = [["glossary.yaml", "glossary"]];
const FOLDERS: Array<[string, FileKind]> = [
  ["chapters", "chapter"],
  ["dimensions", "dimension"],
  ["programs", "program"],
];

type Parsed = ReturnType<typeof parseSource>;

/**
 * Parsed files kept between loads of the same folder (a live preview), by path: a file whose
 * size and modification time are unchanged is not read or parsed again.
 */
export type ParseCache = Map<string, { stamp: string; parsed: Parsed }>;

/**
 * Reads and parses a plan folder. Problems in the sources come back as diagnostics;
 * a folder that cannot be read at all is an environment problem and throws MasterplanError.
 */
export async function loadPlan(dir: string, cache?: ParseCache): Promise<LoadResult> {
  const root = path.resolve(dir);
  await assertPlanFolder(root);
  const present: string[] = [];
  for (const [name] of [...SINGLE_FILES, ...OPTIONAL_FILES])
    if (await isFile(path.join(root, name))) present.push(name);
  for (const [folder] of FOLDERS)
    for (const file of await listFiles(path.join(root, folder)))
      present.push(path.relative(root, file).split(path.sep).join("/"));
  return parsePlanFiles(root, present, async (rel) => {
    const file = path.join(root, rel);
    if (!cache) return parseSource(file, await readBytes(file));
    const info = await stat(file).catch(() => null);
    const stamp = info ? `${info.size}:${info.mtimeMs}` : "";
    const hit = cache.get(file);
    if (hit && hit.stamp === stamp) return hit.parsed;
    const parsed = parseSource(file, await readBytes(file));
    cache.set(file, { stamp, parsed });
    return parsed;
  });
}

/**
 * Parses the files of a plan given by their paths relative to its root (with `/`), each
 * through `parse`: read from a folder, or from a git revision. Reports missing required files
 * and files that will not be read.
 */
export async function parsePlanFiles(
  root: string,
  present: readonly string[],
  parse: (rel: string) => Promise<Parsed>,
): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const wanted: Array<{ kind: FileKind; rel: string }> = [];
  for (const [name, kind] of SINGLE_FILES) {
    if (present.includes(name)) wanted.push({ kind, rel: name });
    else
      diagnostics.push({
        code: "load/missing-file",
        severity: "error",
        file: path.join(root, name),
        line: 1,
        column: 1,
        message: `The plan has no ${name}.`,
        hint: "Every plan folder holds masterplan.yaml, agencies.yaml and rpjpd.yaml.",
      });
  }
  for (const [name, kind] of OPTIONAL_FILES)
    if (present.includes(name)) wanted.push({ kind, rel: name });
  for (const [folder, kind] of FOLDERS) {
    for (const rel of [...present].filter((p) => p.startsWith(`${folder}/`)).sort()) {
      const file = path.join(root, rel);
      if (rel.endsWith(".yaml")) wanted.push({ kind, rel });
      else if (!isNote(file))
        diagnostics.push({
          code: "load/ignored-file",
          severity: "warning",
          file,
          line: 1,
          column: 1,
          message: `This file is not read because its name does not end in .yaml.`,
          ...(ignoredHint(file, kind) ? { hint: ignoredHint(file, kind) } : {}),
        });
    }
  }

  const files = await Promise.all(
    wanted.map(async ({ kind, rel }) => {
      const parsed = await parse(rel);
      diagnostics.push(...parsed.diagnostics);
      return { kind, source: parsed.file };
    }),
  );
  return { plan: { root, files }, diagnostics };
}

/** Hidden files and READMEs may sit beside the sources without a warning. */
function isNote(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith(".") || /^readme(\.\w+)?$/i.test(name);
}

function ignoredHint(file: string, kind: FileKind): string | undefined {
  if (file.endsWith(".yml")) return "Rename it to end in .yaml.";
  if (kind === "chapter" && file.endsWith(".md"))
    return "A chapter is a .yaml file; put its markdown text in `intro` or in `sections[].body`.";
  return undefined;
}

const PLAN_FOLDER_HINT =
  "Give the folder that holds masterplan.yaml; to start a new plan, copy the bundled `masterplan/` folder.";

async function assertPlanFolder(root: string): Promise<void> {
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new MasterplanError(`The plan folder ${root} does not exist.`, PLAN_FOLDER_HINT);
  }
  if (!info.isDirectory()) throw new MasterplanError(`${root} is not a folder.`);
  if (!(await isFile(path.join(root, "masterplan.yaml"))))
    throw new MasterplanError(
      `${root} is not a plan folder: it has no masterplan.yaml.`,
      PLAN_FOLDER_HINT,
    );
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    throw new MasterplanError(
      `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
      "Check that the file exists and that you may read it.",
    );
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Files below a folder, sorted; a folder that does not exist has none. */
async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new MasterplanError(
      `Cannot read the folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
      "Check that the folder exists and that you may read it.",
    );
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
